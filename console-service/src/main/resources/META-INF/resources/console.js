// The complaints console: signs in with the realm (authorization code flow with PKCE, keycloak-js), reads
// the console-service's read model, listens for changes (server-sent events read with fetch, so the token
// travels in a header), and sends commands that console-service forwards to escalation-service.
'use strict';

const state = { keycloak: null, me: null, view: null, complaintId: null, charts: {}, refreshTimer: null };
const $ = (selector, root = document) => root.querySelector(selector);

function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}
const words = code => escapeHtml(String(code ?? '').replaceAll('_', ' '));
const time = instant => instant ? new Date(instant).toLocaleString() : '';

async function api(path, options = {}) {
  await state.keycloak.updateToken(30);
  const response = await fetch(path, {
    ...options,
    headers: { 'Authorization': 'Bearer ' + state.keycloak.token, 'Content-Type': 'application/json', ...(options.headers || {}) }
  });
  const text = await response.text();
  const body = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const problem = body || {};
    throw new Error(problem.detail || problem.title || ('HTTP ' + response.status));
  }
  return body;
}

function say(message, isError = false) {
  const status = $('#status');
  status.textContent = message || '';
  status.className = isError ? 'error' : '';
}

// --- SLA clocks -------------------------------------------------------------------------------------------

function clockHtml(clock) {
  if (!clock || !clock.deadline) return '<span class="clock NONE">–</span>';
  return `<span class="clock ${clock.light}" data-deadline="${clock.deadline}" data-light="${clock.light}">${clockText(clock.deadline, clock.light)}</span>`;
}

function clockText(deadline, light) {
  if (light === 'DONE') return 'met';
  const seconds = Math.round((new Date(deadline) - Date.now()) / 1000);
  const span = Math.abs(seconds);
  const text = span >= 3600 ? `${Math.floor(span / 3600)}h ${Math.floor(span % 3600 / 60)}m`
    : span >= 60 ? `${Math.floor(span / 60)}m ${span % 60}s` : `${span}s`;
  return light === 'BREACHED' && seconds >= 0 ? 'breached' : seconds < 0 ? `${text} late` : `in ${text}`;
}

function tickClocks() {
  document.querySelectorAll('.clock[data-deadline]').forEach(clock => {
    let light = clock.dataset.light;
    if ((light === 'OK' || light === 'WARNING') && new Date(clock.dataset.deadline) <= Date.now()) {
      light = 'BREACHED';
      clock.dataset.light = light;
      clock.className = 'clock BREACHED';
    }
    clock.textContent = clockText(clock.dataset.deadline, light);
  });
}

// --- Queue and my cases -----------------------------------------------------------------------------------

function rowHtml(row) {
  const flags = (row.flags || []).map(flag => `<span class="flag">${words(flag)}</span>`).join('');
  return `<tr class="case-row" data-complaint="${row.complaintId}">
    <td><span class="sev sev-${escapeHtml(row.severity)}">${escapeHtml(row.severity || '…')}</span></td>
    <td><div class="subject">${escapeHtml(row.customer || 'unknown')}: ${escapeHtml(row.subject || '(no subject)')}</div>
        <div class="preview">${escapeHtml(row.preview)}</div>${flags}</td>
    <td>${words(row.category)}</td><td>${words(row.channel)}</td><td>${words(row.tier)}</td>
    <td>${escapeHtml(row.assignee ? row.assignee.name || row.assignee.id : '—')}</td>
    <td>${words((row.status || '').toLowerCase())}</td>
    <td>${clockHtml(row.acknowledge)}</td><td>${clockHtml(row.resolve)}</td></tr>`;
}

function renderRows(table, rows, previous) {
  const tbody = $('tbody', table);
  tbody.innerHTML = rows.length ? rows.map(rowHtml).join('') : '<tr><td colspan="9" class="hint">Nothing open.</td></tr>';
  tbody.querySelectorAll('tr.case-row').forEach(tr => {
    if (previous && !previous.has(tr.dataset.complaint)) tr.classList.add('fresh');
    tr.addEventListener('click', () => { location.hash = '#/case/' + tr.dataset.complaint; });
  });
}

function shownIds(table) {
  return new Set([...table.querySelectorAll('tr.case-row')].map(tr => tr.dataset.complaint));
}

async function showQueue() {
  const filters = new URLSearchParams([...new FormData($('#filters'))].filter(([, value]) => value));
  const table = $('#queue-table');
  const previous = table.dataset.loaded ? shownIds(table) : null;
  renderRows(table, await api('api/queue?' + filters), previous);
  table.dataset.loaded = 'yes';
}

async function showMine() {
  const table = $('#mine-table');
  const previous = table.dataset.loaded ? shownIds(table) : null;
  renderRows(table, await api('api/my-cases'), previous);
  table.dataset.loaded = 'yes';
}

// --- One case ----------------------------------------------------------------------------------------------

const REMEDIES = ['apology', 'refund', 'replacement', 'discount', 'credit', 'complimentary_service'];

function limitHint(me) {
  if (!me || !me.tier) return 'You are not on the roster.';
  if (me.unlimited) return `As ${words(me.tier)} you may give any remedy.`;
  const limits = Object.entries(me.remedyLimits || {}).map(([currency, amount]) => `${amount} ${currency}`).join(', ');
  return `Your limit as ${words(me.tier)}: ${limits || 'no money remedies'}` + (me.approverTier ? `; above it, ${words(me.approverTier)} approves.` : '.');
}

function caseHtml(detail) {
  const row = detail.summary;
  const open = row.status !== 'RESOLVED';
  const cues = (detail.cues || []).map(cue => `<tr><td>${escapeHtml(cue.cue)}</td><td>${escapeHtml(cue.rule)}</td>
      <td class="weight">${Number(cue.weight).toFixed(2)}</td></tr>`).join('');
  const timeline = (detail.timeline || []).map(item => `<li data-type="${escapeHtml(item.type)}"><time>${time(item.at)}</time>${escapeHtml(item.text)}</li>`).join('');
  const scores = detail.csat || detail.nps || detail.ces
    ? `<p>Survey: CSAT ${detail.csat ?? '–'}, NPS ${detail.nps ?? '–'}, CES ${detail.ces ?? '–'}</p>` : '';
  const commands = open && row.caseId && state.me && state.me.tier ? `
    <div class="card" id="commands"><h3>Work the case</h3>
      <button type="button" id="acknowledge" ${row.status === 'ASSIGNED' ? '' : 'disabled'}>Acknowledge</button>
      <form class="command" id="resolve-form">
        <div class="row"><select name="type">${REMEDIES.map(r => `<option value="${r}">${words(r)}</option>`).join('')}</select>
          <input name="amount" type="number" min="0" step="0.01" placeholder="amount">
          <input name="currency" placeholder="EUR" size="4" pattern="[A-Z]{3}"></div>
        <textarea name="note" rows="2" placeholder="What was done"></textarea>
        <p class="hint" id="limit-hint">${limitHint(state.me)}</p>
        <button type="submit" id="resolve">Resolve</button>
      </form>
      <form class="command" id="escalate-form">
        <input name="reason" placeholder="Why it needs a higher tier" required>
        <button type="submit" class="secondary" id="escalate">Escalate</button>
      </form>
      <p id="command-result" role="status"></p>
    </div>` : '';
  return `<div class="case-grid"><div>
      <div class="card"><h2><span class="sev sev-${escapeHtml(row.severity)}">${escapeHtml(row.severity || '…')}</span>
        ${escapeHtml(row.subject || '(no subject)')}</h2>
        <p>${escapeHtml(row.customer || 'unknown')} (${escapeHtml(detail.customerTier || 'standard')}) by ${words(row.channel)},
           received ${time(row.receivedAt)}</p>
        <blockquote id="customer-words">${escapeHtml(detail.message)}</blockquote>
        <p>${(row.flags || []).map(flag => `<span class="flag">${words(flag)}</span>`).join('')}</p>
        <p>Status <b id="case-status">${words((row.status || '').toLowerCase())}</b>, ${words(row.tier)}
           ${row.assignee ? 'with ' + escapeHtml(row.assignee.name || row.assignee.id) : ''};
           acknowledge ${clockHtml(row.acknowledge)}, resolve ${clockHtml(row.resolve)}
           ${detail.remedy ? '<br>Remedy: ' + escapeHtml(detail.remedy) + ' by ' + escapeHtml(detail.resolvedBy) : ''}</p>
        ${scores}
      </div>
      <div class="card"><h3>Timeline</h3><ul class="timeline" id="timeline">${timeline}</ul></div>
    </div><div>
      ${commands}
      <div class="card"><h3>Why severity ${escapeHtml(row.severity || '…')}</h3>
        <p>Sentiment ${detail.sentiment?.toFixed(2) ?? '–'} (${escapeHtml(detail.sentimentLabel || '–')}), anger ${detail.anger?.toFixed(2) ?? '–'},
           urgency ${detail.urgency?.toFixed(2) ?? '–'}, feeling ${escapeHtml(detail.emotion || '–')}; ${detail.severityPoints?.toFixed(1) ?? '–'} points${
           detail.complaintConfidence == null ? '' : `; a complaint with confidence ${detail.complaintConfidence.toFixed(2)}`}</p>
        <table class="cues"><thead><tr><th>Cue</th><th>Rule</th><th>Weight</th></tr></thead><tbody>${cues}</tbody></table>
      </div>
    </div></div>`;
}

async function command(path, body) {
  const result = $('#command-result');
  try {
    await api(path, { method: 'POST', body: JSON.stringify(body) });
    result.className = '';
    result.textContent = 'Done; the case updates as the events arrive.';
  } catch (e) {
    result.className = 'error';
    result.textContent = e.message;
  }
}

async function showCase() {
  const id = state.complaintId;
  const detail = await api('api/cases/' + id);
  const keep = document.activeElement && document.activeElement.closest && document.activeElement.closest('#commands');
  if (keep) return; // someone is typing in a form: do not pull it from under them
  $('#case').innerHTML = caseHtml(detail);
  const acknowledge = $('#acknowledge');
  if (acknowledge) acknowledge.addEventListener('click', () => command(`api/cases/${id}/acknowledge`, {}));
  const resolve = $('#resolve-form');
  if (resolve) resolve.addEventListener('submit', event => {
    event.preventDefault();
    const form = new FormData(resolve);
    const remedy = { type: form.get('type') };
    if (form.get('amount')) { remedy.amount = Number(form.get('amount')); remedy.currency = form.get('currency') || null; }
    command(`api/cases/${id}/resolve`, { note: form.get('note') || null, remedy });
  });
  const escalate = $('#escalate-form');
  if (escalate) escalate.addEventListener('submit', event => {
    event.preventDefault();
    command(`api/cases/${id}/escalate`, { reason: new FormData(escalate).get('reason'), fromTier: detail.summary.tier });
  });
}

// --- Dashboard ---------------------------------------------------------------------------------------------

const SEVERITY_COLOURS = { P1: '#b3261e', P2: '#d9730d', P3: '#a68a00', P4: '#5f6368', untriaged: '#9aa0a6' };
const PALETTE = ['#1a56a8', '#d9730d', '#1d7a3e', '#8e44ad', '#b3261e', '#00838f', '#5f6368'];

function chart(id, config) {
  if (state.charts[id]) state.charts[id].destroy();
  state.charts[id] = new Chart($('#' + id), { ...config, options: { animation: false, responsive: true, maintainAspectRatio: false, ...(config.options || {}) } });
}

async function showDashboard() {
  const d = await api('api/dashboard');
  const open = d.backlog.reduce((sum, b) => sum + b.count, 0);
  const letters = d.deadLetters.reduce((sum, l) => sum + l.letters, 0);
  $('#tiles').innerHTML = [
    ['Open cases', open],
    ['SLA attainment (24 h)', d.sla.attainment == null ? '–' : d.sla.attainment.toFixed(1) + ' %'],
    ['Resolved (24 h)', d.sla.resolved],
    ['SLA breaches (24 h)', d.sla.acknowledgeBreaches + d.sla.resolveBreaches],
    ['SLA warnings (24 h)', d.sla.warnings],
    ['Dead letters', letters]
  ].map(([label, value]) => `<div class="tile">${label}<b>${value}</b></div>`).join('');

  const hours = [...new Set(d.perHourBySeverity.map(h => h.hour))];
  const severities = [...new Set(d.perHourBySeverity.map(h => h.key))].sort();
  chart('chart-hourly', {
    type: 'bar',
    data: {
      labels: hours.map(h => new Date(h).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })),
      datasets: severities.map(severity => ({
        label: severity, backgroundColor: SEVERITY_COLOURS[severity] || '#9aa0a6',
        data: hours.map(hour => (d.perHourBySeverity.find(h => h.hour === hour && h.key === severity) || { count: 0 }).count)
      }))
    },
    options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } }
  });
  const doughnut = (id, counts) => chart(id, {
    type: 'doughnut',
    data: { labels: counts.map(c => c.key.replaceAll('_', ' ')), datasets: [{ data: counts.map(c => c.count), backgroundColor: PALETTE }] }
  });
  doughnut('chart-category', d.byCategory);
  doughnut('chart-channel', d.byChannel);
  const tiers = [...new Set(d.backlog.map(b => b.tier))];
  const statuses = [...new Set(d.backlog.map(b => b.status))];
  chart('chart-backlog', {
    type: 'bar',
    data: {
      labels: tiers.map(t => t.replaceAll('_', ' ')),
      datasets: statuses.map((status, i) => ({
        label: status.toLowerCase(), backgroundColor: PALETTE[i % PALETTE.length],
        data: tiers.map(tier => (d.backlog.find(b => b.tier === tier && b.status === status) || { count: 0 }).count)
      }))
    },
    options: { indexAxis: 'y', scales: { x: { stacked: true, beginAtZero: true }, y: { stacked: true } } }
  });
  chart('chart-satisfaction', {
    type: 'line',
    data: {
      labels: d.satisfaction.map(s => new Date(s.day).toLocaleDateString()),
      datasets: [
        { label: 'CSAT (1-5)', data: d.satisfaction.map(s => s.csat), borderColor: PALETTE[0], yAxisID: 'small' },
        { label: 'CES (1-7)', data: d.satisfaction.map(s => s.ces), borderColor: PALETTE[2], yAxisID: 'small' },
        { label: 'NPS', data: d.satisfaction.map(s => s.nps), borderColor: PALETTE[1], yAxisID: 'nps' }
      ]
    },
    options: { scales: { small: { position: 'left', min: 0, max: 7 }, nps: { position: 'right', min: -100, max: 100 } } }
  });
  $('#spikes tbody').innerHTML = d.spikes.map(s => `<tr><td>${time(s.at)}</td><td>${words(s.dimension)} ${escapeHtml(s.value)}</td>
      <td>${s.complaints} (threshold ${s.threshold})</td><td>${s.windowMinutes} min</td></tr>`).join('') || '<tr><td colspan="4" class="hint">None.</td></tr>';
  $('#dead-letters tbody').innerHTML = d.deadLetters.map(l => `<tr><td>${escapeHtml(l.topic)}</td><td>${l.letters}</td>
      <td>${escapeHtml(l.lastReason)}</td><td>${time(l.lastAt)}</td></tr>`).join('') || '<tr><td colspan="4" class="hint">None.</td></tr>';
}

// --- Routing, live updates, sign-in ------------------------------------------------------------------------

const VIEWS = { queue: showQueue, mine: showMine, case: showCase, dashboard: showDashboard };

async function show() {
  const [, view, id] = location.hash.split('/');
  state.view = VIEWS[view] ? view : 'queue';
  state.complaintId = id || null;
  document.querySelectorAll('.view').forEach(section => { section.hidden = section.id !== 'view-' + state.view; });
  document.querySelectorAll('nav a').forEach(a => a.classList.toggle('active', a.dataset.view === state.view));
  await refresh();
}

async function refresh() {
  try {
    await VIEWS[state.view]();
    say('');
  } catch (e) {
    say(e.message, true);
  }
}

function refreshSoon() {
  clearTimeout(state.refreshTimer);
  state.refreshTimer = setTimeout(refresh, 300);
}

async function listen() {
  for (;;) {
    try {
      await state.keycloak.updateToken(30);
      const response = await fetch('api/changes', { headers: { 'Authorization': 'Bearer ' + state.keycloak.token, 'Accept': 'text/event-stream' } });
      if (!response.ok) throw new Error('HTTP ' + response.status);
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = message.split('\n').filter(line => line.startsWith('data:')).map(line => line.slice(5)).join('');
          if (!data) continue;
          const change = JSON.parse(data);
          if (change.type === 'heartbeat') continue;
          if (state.view !== 'case' || change.complaintId === state.complaintId) refreshSoon();
        }
      }
    } catch (e) {
      // the server restarted or the network blinked: listen again shortly
    }
    await new Promise(resolve => setTimeout(resolve, 2000));
  }
}

async function loadMe() {
  state.me = await api('api/me');
  $('#user').textContent = (state.me.name || state.me.id) + (state.me.tier ? ` (${state.me.tier.replaceAll('_', ' ')})` : '');
  const canWork = state.me.roles.includes('agent') || state.me.roles.includes('manager');
  $('#shift-toggle').hidden = !(canWork && state.me.tier);
  $('#on-shift').checked = !!state.me.onShift;
  $('a[data-view="mine"]').hidden = !canWork;
  $('a[data-view="dashboard"]').hidden = !['manager', 'ops', 'admin'].some(role => state.me.roles.includes(role));
}

async function main() {
  const settings = await (await fetch('api/settings')).json();
  const at = settings.realmUrl.lastIndexOf('/realms/');
  state.keycloak = new Keycloak({ url: settings.realmUrl.slice(0, at), realm: settings.realmUrl.slice(at + 8), clientId: settings.clientId });
  await state.keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false });
  $('#sign-out').addEventListener('click', () => state.keycloak.logout({ redirectUri: location.origin + location.pathname }));
  $('#on-shift').addEventListener('change', async event => {
    try {
      await api('api/me/shift', { method: 'PUT', body: JSON.stringify({ onShift: event.target.checked }) });
    } catch (e) {
      say(e.message, true);
    }
  });
  $('#filters').addEventListener('change', refresh);
  await loadMe();
  window.addEventListener('hashchange', show);
  setInterval(tickClocks, 1000);
  listen();
  await show();
}

main().catch(e => say('Could not start: ' + (e?.message || e?.error || 'the sign-in did not complete'), true));
