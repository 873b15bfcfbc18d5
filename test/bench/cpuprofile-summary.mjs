/**
 * Summarises a V8 CPU profile (`npm run bench:rsvp -- --profile <folder>` writes one of the bot):
 *
 *   node test/bench/cpuprofile-summary.mjs <file.cpuprofile> [from] [to] [leaf]
 *
 * `from` and `to` (0 to 1, default the whole profile) keep the samples of that part of the run, such as the burst;
 * it prints the functions and packages with the most self time, the functions with the most total time and, with
 * `leaf` (a function name such as writev), which code the samples of that function came from.
 */
import { readFileSync } from "node:fs";

const [file, from = "0", to = "1", leaf] = process.argv.slice(2);
if (!file) throw new Error("usage: node test/bench/cpuprofile-summary.mjs <file.cpuprofile> [from] [to] [leaf]");
const profile = JSON.parse(readFileSync(file, "utf8"));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parents = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);

const where = (url) => url.replace(/^.*node_modules\//, "").replace(/^.*\/dist\//, "dist/");
const label = ({ callFrame: f }) => `${f.functionName || "(anonymous)"} ${where(f.url)}:${f.lineNumber + 1}`;
const packageOf = ({ callFrame: f }) =>
  !f.url ? f.functionName : (/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f.url)?.[1] ?? where(f.url).replace(/^file:\/\//, ""));
const ancestors = function* (node) {
  for (let id = node.id; id !== undefined; id = parents.get(id)) yield nodes.get(id);
};

const span = profile.endTime - profile.startTime;
const [start, end] = [profile.startTime + span * Number(from), profile.startTime + span * Number(to)];
const self = new Map();
const packages = new Map();
const total = new Map();
const callers = new Map();
const add = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);
let samples = 0;
let time = profile.startTime;
profile.samples.forEach((id, i) => {
  time += profile.timeDeltas[i] ?? 0;
  if (time < start || time > end) return;
  samples++;
  const node = nodes.get(id);
  add(self, label(node));
  add(packages, packageOf(node));
  for (const each of new Set([...ancestors(node)].map(label))) add(total, each);
  if (node.callFrame.functionName === leaf) {
    const code = [...ancestors(node)].slice(1).filter((a) => a.callFrame.url && !a.callFrame.url.startsWith("node:"));
    add(callers, code.slice(0, 3).map(label).join(" < ") || "(node internals only)");
  }
});

const show = (title, map, rows) => {
  console.log(`\n== ${title}`);
  for (const [key, count] of [...map].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
    console.log(`${((100 * count) / samples).toFixed(1).padStart(5)}%  ${key}`);
  }
};
console.log(`${samples} samples between ${from} and ${to} of ${(span / 1e6).toFixed(1)} s`);
show("self time by function", self, 30);
show("self time by package or file", packages, 20);
show("total time by function", total, 50);
if (leaf) show(`samples in ${leaf}, by the code that called it (share of all samples)`, callers, 15);
