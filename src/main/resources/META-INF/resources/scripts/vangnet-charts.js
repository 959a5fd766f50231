/*
 * Vangnet's charts: turns the plain JSON that the server sends (see org.vangnet.base.ui.Chart)
 * into a Chart.js chart, with the number formats of the user's language and the colours of the
 * Lumo theme for text and grid lines. Loaded after Chart.js by the Chart component.
 */
(function () {
    'use strict';

    /* A theme colour as the browser resolves it (custom properties may be color-mix() expressions,
       which a canvas does not understand): read back from a hidden probe element. */
    function themeColor(host, name, fallback) {
        var probe = document.createElement('span');
        probe.style.display = 'none';
        probe.style.color = 'var(' + name + ', ' + fallback + ')';
        host.appendChild(probe);
        var resolved = getComputedStyle(probe).color;
        host.removeChild(probe);
        return resolved || fallback;
    }

    function chart(host, spec) {
        var canvas = host.querySelector('canvas');
        var previous = window.Chart.getChart(canvas);
        if (previous) {
            previous.destroy();
        }
        var numbers = new Intl.NumberFormat(spec.locale, { maximumFractionDigits: 1 });
        var percents = new Intl.NumberFormat(spec.locale, { style: 'percent', maximumFractionDigits: 0 });
        var hasShare = spec.series.some(function (s) { return s.share; });
        var datasets = spec.series.map(function (s) {
            var line = s.kind === 'line';
            return {
                type: line ? 'line' : 'bar',
                label: s.label,
                data: s.values,
                share: s.share,
                backgroundColor: line ? s.color : s.color + 'D9',
                borderColor: s.color,
                borderWidth: line ? 2 : 0,
                pointRadius: line ? 3 : undefined,
                tension: 0.25,
                spanGaps: false,
                yAxisID: s.share ? 'share' : 'y',
                stack: spec.stacked && !line ? 'all' : undefined,
                order: line ? 0 : 1
            };
        });
        var text = themeColor(host, '--lumo-secondary-text-color', '#555');
        var grid = themeColor(host, '--lumo-contrast-10pct', 'rgba(0, 0, 0, 0.1)');
        var scales = {
            x: { stacked: spec.stacked, ticks: { color: text, autoSkip: true, maxRotation: 0 }, grid: { display: false } },
            y: {
                stacked: spec.stacked, beginAtZero: true,
                ticks: { color: text, precision: 0, callback: function (v) { return numbers.format(v); } },
                grid: { color: grid }
            }
        };
        if (hasShare) {
            scales.share = {
                position: 'right', min: 0, max: 1, grid: { drawOnChartArea: false },
                ticks: { color: text, callback: function (v) { return percents.format(v); } }
            };
        }
        var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        return new window.Chart(canvas, {
            type: 'bar',
            data: { labels: spec.labels, datasets: datasets },
            options: {
                responsive: true,
                maintainAspectRatio: false,
                locale: spec.locale,
                animation: reduceMotion ? false : { duration: 300 },
                interaction: { mode: 'index', intersect: false },
                scales: scales,
                plugins: {
                    legend: {
                        display: spec.series.length > 1, position: 'bottom',
                        labels: { color: text, boxWidth: 12, usePointStyle: true }
                    },
                    tooltip: {
                        callbacks: {
                            label: function (item) {
                                var v = item.raw;
                                var shown = v === null || v === undefined ? '–'
                                    : (item.dataset.share ? percents.format(v) : numbers.format(v));
                                return item.dataset.label + ': ' + shown;
                            }
                        }
                    }
                }
            }
        });
    }

    window.Vangnet = window.Vangnet || {};
    window.Vangnet.chart = chart;
}());
