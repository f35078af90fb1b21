/* The supervisors' dashboard: KPIs from /api/metrics drawn with Chart.js (served from node_modules). */
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const charts = {};
  const percent = (rate) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);
  const COLORS = [
    '#d4380d',
    '#0969da',
    '#1a7f37',
    '#9a6700',
    '#8250df',
    '#cf222e',
    '#57606a',
    '#bf3989',
    '#0550ae',
    '#6e7781',
  ];

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes || {})) node.setAttribute(key, value);
    for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    return node;
  }

  function draw(id, config) {
    if (charts[id]) charts[id].destroy();
    charts[id] = new Chart($(id), {
      ...config,
      options: { responsive: true, maintainAspectRatio: false, animation: false, ...config.options },
    });
  }

  const FILTERS = ['from', 'to', 'channel', 'category'];

  function query() {
    const params = new URLSearchParams();
    for (const name of FILTERS) if ($(name).value) params.set(name, $(name).value);
    return params.toString();
  }

  // The filters come from the page's address (a shared or reloaded link shows the same range), and a range shown
  // goes back into it: the address, the form and the figures always agree.
  function filtersFromAddress() {
    const params = new URLSearchParams(window.location.search);
    for (const name of FILTERS) $(name).value = params.get(name) || '';
  }

  function addressFromFilters() {
    const q = query();
    const address = `${window.location.pathname}${q ? `?${q}` : ''}`;
    if (address !== `${window.location.pathname}${window.location.search}`) window.history.pushState({}, '', address);
  }

  // Tiles are named in English (data-kpi) and shown in Chinese and English.
  const ZH = {
    Tickets: '投诉量',
    'Timely handling': '及时处理率',
    CSAT: '满意度',
    NPS: '净推荐值',
    'Repeat complaints': '重复投诉率',
    'First-contact resolution': '首次解决率',
    'Bot containment': '机器人独立解决率',
    'First response': '首次响应',
    'SLA breaches': '超时工单',
    'Open backlog': '未结工单',
    'Proactive notices': '异常主动通知率',
    'Detection to notice': '异常到通知时长',
    'Claims within 15 min': '15分钟内启动预赔付',
    'Asked after notice': '通知后仍来查询',
  };
  function tile(label, value, detail) {
    return el(
      'div',
      { class: 'tile', 'data-kpi': label },
      el('div', { class: 'value' }, value),
      el('div', { class: 'label' }, `${ZH[label] || ''} ${label}`.trim()),
      el('div', { class: 'detail' }, detail || ''),
    );
  }

  let latest;

  function proactiveCsvLink() {
    const params = new URLSearchParams(query());
    params.set('per', $('proactivePer').value);
    $('proactiveCsv').href = `/api/metrics/proactive.csv?${params}`;
  }

  async function load() {
    $('error').textContent = '';
    const q = query();
    $('csv').href = `/api/metrics/tickets.csv${q ? `?${q}` : ''}`;
    proactiveCsvLink();
    const response = await fetch(`/api/metrics${q ? `?${q}` : ''}`, {
      credentials: 'same-origin',
      headers: { 'X-Requested-With': 'fetch' },
    });
    if (response.status === 401) {
      // Back to the same range after signing in.
      const here = `${window.location.pathname}${window.location.search}`;
      window.location.assign(`/agent/login?next=${encodeURIComponent(here)}`);
      return;
    }
    const body = await response.json();
    if (!response.ok) {
      $('error').textContent = body.error || `HTTP ${response.status}`;
      return;
    }
    render(body);
  }

  // The proactive KPIs per local day or week: the rates (%, left axis) and the minutes to a notice (right axis).
  function drawProactive(k) {
    const periods = $('proactivePer').value === 'week' ? k.proactive.weekly : k.proactive.daily;
    const pct = (rate) => (rate === null ? null : Math.round(rate * 1000) / 10);
    const line = (label, color, data, axis) => ({
      label,
      data,
      borderColor: color,
      backgroundColor: color,
      yAxisID: axis,
      spanGaps: true,
    });
    draw('proactive', {
      type: 'line',
      data: {
        labels: periods.map((p) => p.period),
        datasets: [
          line(
            'notified %',
            COLORS[2],
            periods.map((p) => pct(p.noticeRate)),
            'rate',
          ),
          line(
            'claims within 15 min %',
            COLORS[1],
            periods.map((p) => pct(p.claimsWithin15Rate)),
            'rate',
          ),
          line(
            'asked after notice % (lower is better)',
            COLORS[0],
            periods.map((p) => pct(p.askedAfterNoticeRate)),
            'rate',
          ),
          line(
            'to notice p50 (min)',
            COLORS[4],
            periods.map((p) => p.noticeMinutes.p50),
            'minutes',
          ),
          line(
            'to notice p95 (min)',
            COLORS[7],
            periods.map((p) => p.noticeMinutes.p95),
            'minutes',
          ),
        ],
      },
      options: {
        scales: {
          rate: { type: 'linear', position: 'left', min: 0, max: 100, title: { display: true, text: '%' } },
          minutes: {
            type: 'linear',
            position: 'right',
            beginAtZero: true,
            grid: { drawOnChartArea: false },
            title: { display: true, text: 'minutes' },
          },
        },
      },
    });
  }

  function render(k) {
    latest = k;
    // Without dates asked for, the server showed its default period: say which days those are.
    if (k.days) {
      if (!$('from').value) $('from').value = k.days.first;
      if (!$('to').value) $('to').value = k.days.last;
    }
    const c = k.counts;
    const p = k.proactive.counts;
    // Deadlines in the courier's time zone, whatever the supervisor's browser is set to.
    const local = new Intl.DateTimeFormat('sv-SE', {
      timeZone: k.days.timeZone,
      dateStyle: 'short',
      timeStyle: 'short',
    });
    const when = (iso) => (iso ? local.format(new Date(iso)) : 'not yet');
    $('tiles').replaceChildren(
      tile('Tickets', String(k.tickets), `${k.days.first} → ${k.days.last}`),
      tile('Timely handling', percent(k.timelyHandlingRate), `${c.resolvedInTime} of ${c.resolved} resolved in time`),
      tile('CSAT', percent(k.csat), `${c.satisfied} of ${c.surveyed} surveyed satisfied`),
      tile(
        'NPS',
        k.nps === null ? '—' : `${k.nps > 0 ? '+' : ''}${k.nps}`,
        `promoters ${c.promoters} · detractors ${c.detractors} · of ${c.recommendations} answers`,
      ),
      tile(
        'Repeat complaints',
        percent(k.repeatComplaintRate),
        `${c.repeatComplainants} of ${c.complainants} customers`,
      ),
      tile('First-contact resolution', percent(k.firstContactResolution), `${c.firstContactResolved} of ${c.resolved}`),
      tile('Bot containment', percent(k.botContainment), `${c.contained} of ${c.conversations} conversations`),
      tile(
        'First response',
        k.firstResponseMinutes.median === null ? '—' : `${k.firstResponseMinutes.median} min`,
        `median; average ${k.firstResponseMinutes.average ?? '—'} min`,
      ),
      tile(
        'SLA breaches',
        String(k.slaBreaches.tickets),
        `${k.slaBreaches.firstResponse} first response, ${k.slaBreaches.resolution} resolution`,
      ),
      tile(
        'Open backlog',
        String(k.backlog.high + k.backlog.medium + k.backlog.low),
        `high ${k.backlog.high} · medium ${k.backlog.medium} · low ${k.backlog.low}`,
      ),
      tile(
        'Proactive notices',
        percent(k.proactive.noticeRate),
        `${p.notified} of ${p.anomalies} anomalies notified · ${p.waiting} waiting · ${p.unreachable} nobody to tell`,
      ),
      tile(
        'Detection to notice',
        k.proactive.noticeMinutes.p50 === null ? '—' : `${k.proactive.noticeMinutes.p50} min`,
        `p50; p95 ${k.proactive.noticeMinutes.p95 ?? '—'} min`,
      ),
      tile(
        'Claims within 15 min',
        percent(k.proactive.claimsWithin15Rate),
        `${p.claimsWithin15} of ${p.level1} level-1 anomalies`,
      ),
      tile(
        'Asked after notice',
        percent(k.proactive.askedAfterNoticeRate),
        `${p.questionsAfterNotice} of ${p.questionsOnAnomalies} tracking questions on anomalies · lower is better · ${p.notifiedNeverAsked} notified, never asked`,
      ),
    );
    drawProactive(k);
    const days = k.trend.daily.map((d) => d.day);
    draw('trend', {
      type: 'line',
      data: {
        labels: days,
        datasets: [
          {
            label: 'opened',
            data: k.trend.daily.map((d) => d.tickets),
            borderColor: COLORS[1],
            backgroundColor: COLORS[1],
          },
          {
            label: 'resolved',
            data: k.trend.daily.map((d) => d.resolved),
            borderColor: COLORS[2],
            backgroundColor: COLORS[2],
          },
          {
            label: 'missed a deadline',
            data: k.trend.daily.map((d) => d.breached),
            borderColor: COLORS[0],
            backgroundColor: COLORS[0],
          },
        ],
      },
      options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
    const categories = [...new Set(k.trend.byCategory.map((r) => r.category))];
    draw('categories', {
      type: 'bar',
      data: {
        labels: days,
        datasets: categories.map((category, i) => ({
          label: category,
          backgroundColor: COLORS[i % COLORS.length],
          data: days.map(
            (day) => (k.trend.byCategory.find((r) => r.day === day && r.category === category) || { count: 0 }).count,
          ),
        })),
      },
      options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
    });
    draw('breaches', {
      type: 'bar',
      data: {
        labels: ['first response', 'resolution'],
        datasets: [
          {
            label: 'missed',
            data: [k.slaBreaches.firstResponse, k.slaBreaches.resolution],
            backgroundColor: [COLORS[3], COLORS[0]],
          },
        ],
      },
      options: {
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    // The 0–10 answers behind the NPS: promoters (9–10), passives (7–8), detractors (0–6).
    draw('nps', {
      type: 'bar',
      data: {
        labels: ['promoters 9–10', 'passives 7–8', 'detractors 0–6'],
        datasets: [
          {
            label: 'answers',
            data: [c.promoters, c.recommendations - c.promoters - c.detractors, c.detractors],
            backgroundColor: [COLORS[2], COLORS[6], COLORS[0]],
          },
        ],
      },
      options: {
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    draw('backlog', {
      type: 'bar',
      data: {
        labels: ['high', 'medium', 'low'],
        datasets: [
          {
            label: 'open',
            data: [k.backlog.high, k.backlog.medium, k.backlog.low],
            backgroundColor: [COLORS[5], COLORS[3], COLORS[6]],
          },
        ],
      },
      options: {
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    // Each hot spot with its trend: tickets in the second half of the range against the first half.
    const middle = new Date((Date.parse(k.days.first) + Date.parse(k.days.last)) / 2).toISOString().slice(0, 10);
    const trendOf = (series, key) => {
      let early = 0;
      let late = 0;
      for (const r of series) {
        if (r.key !== key) continue;
        if (r.day <= middle) early += r.count;
        else late += r.count;
      }
      const arrow = late > early ? '▲' : late < early ? '▼' : '＝';
      return `${arrow} ${early} → ${late}`;
    };
    const list = (id, rows, series) =>
      $(id).replaceChildren(
        ...(rows.length
          ? rows.map((r) =>
              el('li', {}, `${r.key} — ${r.count}`, el('span', { class: 'trend' }, ` ${trendOf(series, r.key)}`)),
            )
          : [el('li', {}, 'none')]),
      );
    list('stations', k.hotSpots.station, k.trend.byStation);
    list('routes', k.hotSpots.route, k.trend.byRoute);
    $('breached').replaceChildren(
      ...k.breached.map((b) =>
        el(
          'tr',
          {},
          el('td', {}, b.number),
          el('td', {}, b.priority),
          el('td', {}, b.category),
          el('td', {}, b.assignee || ''),
          el('td', {}, when(b.firstResponseDue)),
          el('td', {}, when(b.resolutionDue)),
          el('td', {}, when(b.resolvedAt)),
        ),
      ),
    );
  }

  $('proactivePer').addEventListener('change', () => {
    proactiveCsvLink();
    if (latest) drawProactive(latest);
  });
  $('filters').addEventListener('submit', (event) => {
    event.preventDefault();
    addressFromFilters();
    void load();
  });
  // Back and forward show the range the address names (none: the default period).
  window.addEventListener('popstate', () => {
    filtersFromAddress();
    void load();
  });
  filtersFromAddress();
  void load();
})();
