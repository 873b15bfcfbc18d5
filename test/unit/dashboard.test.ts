import { describe, expect, it } from "vitest";
import { html, jsonBlock } from "../../src/dashboard/html.js";
import { INIT_DATA_MAX_AGE_SECONDS, signInitData, validateInitData } from "../../src/dashboard/init-data.js";
import { shade, tilePlaces } from "../../src/dashboard/tiles.js";

const TOKEN = "123456789:TEST-token-for-the-fake-bot-api";
const now = new Date("2026-12-02T00:00:00Z");
const seconds = (date: Date) => String(Math.floor(date.getTime() / 1000));
const user = JSON.stringify({ id: 4242, first_name: "Ali", language_code: "fa" });

describe("Mini App initData", () => {
  it("when Telegram signed it with this bot's token within a day, then it names the person", () => {
    const data = signInitData(TOKEN, { auth_date: seconds(now), query_id: "AAHdF6IQ", user });
    expect(validateInitData(TOKEN, data, now)).toEqual({ userId: 4242n });
  });

  it("when a field was changed, the hash is not hex, or another bot signed it, then it is refused", () => {
    const data = signInitData(TOKEN, { auth_date: seconds(now), user });
    expect(validateInitData(TOKEN, data.replace("4242", "4243"), now)).toBeNull();
    expect(validateInitData(TOKEN, data.replace(/hash=\w+/, "hash=zz"), now)).toBeNull();
    expect(validateInitData(TOKEN, data.replace(/&?hash=\w+/, ""), now)).toBeNull();
    expect(validateInitData("987654321:another-bot-token-entirely-different", data, now)).toBeNull();
  });

  it("when it is older than a day, then it is refused; a day old to the second still passes", () => {
    const dayOld = new Date(now.getTime() - INIT_DATA_MAX_AGE_SECONDS * 1000);
    expect(validateInitData(TOKEN, signInitData(TOKEN, { auth_date: seconds(dayOld), user }), now)).not.toBeNull();
    const older = new Date(dayOld.getTime() - 1000);
    expect(validateInitData(TOKEN, signInitData(TOKEN, { auth_date: seconds(older), user }), now)).toBeNull();
  });

  it("when it has no user or an unreadable one, then it is refused", () => {
    expect(validateInitData(TOKEN, signInitData(TOKEN, { auth_date: seconds(now) }), now)).toBeNull();
    expect(validateInitData(TOKEN, signInitData(TOKEN, { auth_date: seconds(now), user: "{" }), now)).toBeNull();
  });
});

describe("the HTML template", () => {
  it("when a value holds markup, then it is escaped; markup made by the template is kept", () => {
    const name = `<img src=x onerror="alert('1')">&`;
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;">&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;</p>',
    );
    expect(html`<ul>${["a<", "b"].map((x) => html`<li>${x}</li>`)}</ul>`.value).toBe("<ul><li>a&lt;</li><li>b</li></ul>");
    expect(html`${null}${undefined}${false}${0}`.value).toBe("0");
  });

  it("when data for the page's script holds </script>, then it cannot close its block", () => {
    const block = jsonBlock("data", { name: "</script><script>alert(1)</script>" }).value;
    expect(block.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(block.replace(/^<script[^>]*>/, "").replace(/<\/script>$/, ""))).toEqual({
      name: "</script><script>alert(1)</script>",
    });
  });
});

describe("the tile map", () => {
  it("when counties have places, then they keep them; others fill the free tiles row by row", () => {
    expect(tilePlaces(["zanjan.zanjan", "new.one", "zanjan.mahneshan", "new.two"])).toEqual([
      { row: 1, column: 2 },
      { row: 1, column: 3 },
      { row: 1, column: 1 },
      { row: 1, column: 4 },
    ]);
  });

  it("when values are shaded, then none is 0, the highest 4, and any other at least 1", () => {
    expect([0, 1, 5, 10].map((value) => shade(value, 10))).toEqual([0, 1, 2, 4]);
    expect(shade(3, 0)).toBe(0);
  });
});
