// The dashboard's charts, drawn with Apache ECharts (served from this server) from the JSON blocks the page carries.
// No inline script anywhere: the Content-Security-Policy allows only this server's files.

(() => {
  const font = { fontFamily: "Vazirmatn, system-ui, sans-serif" };
  const data = (element) => JSON.parse(document.getElementById(element.dataset.source).textContent);

  const charts = {
    /** Each indicator over the last four quarters; shares (%) on their own axis. */
    trend(trend) {
      return {
        textStyle: font,
        tooltip: { trigger: "axis" },
        legend: { top: 0 },
        grid: { top: 48, left: 40, right: 40, bottom: 24 },
        xAxis: { type: "category", data: trend.quarters, inverse: trend.rtl },
        yAxis: [
          { type: "value", minInterval: 1, position: trend.rtl ? "right" : "left" },
          { type: "value", max: 100, axisLabel: { formatter: "{value}%" }, position: trend.rtl ? "left" : "right" },
        ],
        series: trend.series.map((s) => ({
          name: s.name,
          type: "line",
          yAxisIndex: s.rate ? 1 : 0,
          data: s.values,
          symbolSize: 8,
        })),
      };
    },
    /** Verified NGOs per county and field; a cell opens the list of its NGOs. */
    coverage(coverage) {
      const cells = coverage.fields.flatMap((_, row) => coverage.counties.map((_, column) => [column, row, coverage.counts[row][column]]));
      const highest = Math.max(1, ...cells.map((cell) => cell[2]));
      return {
        textStyle: font,
        tooltip: { position: "top" },
        grid: { top: 16, left: coverage.rtl ? 16 : 160, right: coverage.rtl ? 160 : 16, bottom: 64 },
        xAxis: { type: "category", data: coverage.counties.map((c) => c.name), inverse: coverage.rtl, axisLabel: { rotate: 30 } },
        yAxis: { type: "category", data: coverage.fields.map((f) => f.name), inverse: true, position: coverage.rtl ? "right" : "left" },
        visualMap: {
          min: 0,
          max: highest,
          calculable: true,
          orient: "horizontal",
          left: "center",
          bottom: 0,
          show: false,
          inRange: { color: ["#fdecea", "#d4e9f7", "#1f78b4"] },
        },
        series: [
          { type: "heatmap", data: cells, label: { show: true }, emphasis: { itemStyle: { borderColor: "#1f2933", borderWidth: 2 } } },
        ],
      };
    },
    /** Training topics by demand, each bar split by county (as the bot's chart). */
    needs(needs) {
      return {
        textStyle: font,
        tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
        legend: { top: 0 },
        grid: { top: 40, left: needs.rtl ? 40 : 220, right: needs.rtl ? 220 : 40, bottom: 24 },
        xAxis: { type: "value", minInterval: 1, inverse: needs.rtl },
        yAxis: { type: "category", data: needs.topics, inverse: true, position: needs.rtl ? "right" : "left" },
        series: needs.series.map((s) => ({ name: s.name, type: "bar", stack: "demand", data: s.values })),
      };
    },
  };

  const clicks = {
    coverage(coverage, params) {
      const county = coverage.counties[params.data[0]];
      const field = coverage.fields[params.data[1]];
      window.location.href = `/dashboard/coverage?county=${county.id}&field=${field.id}#cell`;
    },
  };

  for (const element of document.querySelectorAll("[data-chart]")) {
    const kind = element.dataset.chart;
    const source = data(element);
    const chart = echarts.init(element, null, { renderer: "canvas" });
    chart.setOption(charts[kind](source));
    if (clicks[kind]) chart.on("click", (params) => clicks[kind](source, params));
    window.addEventListener("resize", () => chart.resize());
  }
})();
