// Browser island of the check-in page (no inline scripts: the CSP forbids them). It talks to the
// check-in API with the link's token (the page URL's last path segment) and never loses a check-in:
// every action goes into a queue kept in localStorage, each with its own idempotency key (clientId),
// and the queue is sent in order whenever there is a connection. A retried request counts once,
// because the server answers a repeated clientId with its first answer.
(function () {
  'use strict';

  var root = document.querySelector('.checkin');
  if (!root) return;
  var summitId = root.getAttribute('data-summit-id');
  var token = window.location.pathname.split('/').filter(Boolean).pop();
  var texts = JSON.parse(document.getElementById('checkin-texts').textContent);
  var api = '/api/v1/summits/' + encodeURIComponent(summitId);
  var queueKey = 'samskab-checkin-queue:' + summitId;
  var rosterKey = 'samskab-checkin-roster:' + summitId;

  var el = function (id) { return document.getElementById(id); };
  var search = el('checkin-search');
  var results = el('checkin-results');
  var resultsCount = el('checkin-results-count');
  var message = el('checkin-message');
  var connection = el('checkin-connection');

  var fill = function (text, values) {
    return String(text).replace(/\{(\w+)\}/g, function (_, key) { return values[key] === undefined ? '' : String(values[key]); });
  };
  var clock = new Intl.DateTimeFormat(document.documentElement.lang === 'en' ? 'en-GB' : 'da-DK', { timeZone: 'Europe/Copenhagen', hour: '2-digit', minute: '2-digit' });
  var timeOf = function (iso) { return clock.format(new Date(iso)); };

  var newClientId = function () {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') return window.crypto.randomUUID();
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  };

  // Crockford base32, as on the badge: case and separators ignored, I/L read as 1 and O as 0.
  var normaliseCode = function (input) {
    var code = String(input).toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
    return /^[0-9A-HJKMNP-TV-Z]{8}$/.test(code) ? code : null;
  };
  var normaliseName = function (name) {
    return String(name).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  };

  // --- State: the roster, the counts and the queue ---------------------------------------------

  var load = function (key, fallback) {
    try { var value = JSON.parse(window.localStorage.getItem(key)); return value === null ? fallback : value; } catch { return fallback; }
  };
  var store = function (key, value) {
    try { window.localStorage.setItem(key, JSON.stringify(value)); } catch { /* private mode: the queue lives in memory */ }
  };

  var roster = load(rosterKey, []);
  var overview = null;
  var queue = load(queueKey, []);
  var online = navigator.onLine !== false;
  var linkGone = false;

  var saveQueue = function () { store(queueKey, queue); };
  var byCode = function (code) { for (var i = 0; i < roster.length; i++) if (roster[i].code === code) return roster[i]; return null; };
  var byId = function (id) { for (var i = 0; i < roster.length; i++) if (roster[i].invitationId === id) return roster[i]; return null; };
  var queuedCheckIn = function (person) {
    for (var i = 0; i < queue.length; i++) if (queue[i].kind === 'check-in' && queue[i].code === person.code) return queue[i];
    return null;
  };
  var queuedUndo = function (person) {
    for (var i = 0; i < queue.length; i++) if (queue[i].kind === 'undo' && queue[i].invitationId === person.invitationId) return queue[i];
    return null;
  };
  /** Whether a person counts as here on this phone: sent and not undone, or waiting to be sent. */
  var isHere = function (person) {
    if (queuedUndo(person)) return false;
    return !!person.checkedInAt || !!queuedCheckIn(person);
  };

  // --- Talking to the server --------------------------------------------------------------------

  var request = function (method, path, body) {
    var headers = { authorization: 'Bearer ' + token, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    return fetch(api + path, { method: method, headers: headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'omit', cache: 'no-store' });
  };

  var reasonOf = function (body) {
    return (body && body.code && texts.errors[body.code]) || texts.unknownError;
  };

  var say = function (text, kind) {
    message.className = 'checkin-message' + (kind ? ' checkin-message-' + kind : '');
    message.textContent = text;
  };

  var flushing = false;
  /** Sends the queue in order; stops at the first request that got no answer and keeps the rest. */
  var flush = function () {
    if (flushing || linkGone || queue.length === 0) return Promise.resolve();
    flushing = true;
    var sent = 0;
    var next = function () {
      if (queue.length === 0) return Promise.resolve();
      var op = queue[0];
      var call = op.kind === 'check-in' ? request('POST', '/check-ins', { code: op.code, clientId: op.clientId })
        : op.kind === 'undo' ? request('DELETE', '/check-ins/' + encodeURIComponent(op.invitationId))
          : request('POST', '/walk-ins', op.body);
      return call.then(function (response) {
        if (response.status >= 500 || response.status === 429) throw new Error('retry later');
        return response.text().then(function (text) {
          var body = null;
          try { body = text ? JSON.parse(text) : null; } catch { body = null; }
          setOnline(true);
          if (response.status === 401) { linkGone = true; say(texts.linkGone, 'error'); return; }
          queue.shift();
          saveQueue();
          sent++;
          answered(op, response.status, body);
          return next();
        });
      });
    };
    return next().catch(function () { setOnline(false); }).then(function () {
      flushing = false;
      render();
      if (sent > 0) refresh();
    });
  };

  /** What the server said to one queued action, told to the helper. */
  var answered = function (op, status, body) {
    if (op.kind === 'check-in') {
      if (status === 200 || status === 201) {
        var person = byId(body.invitationId);
        if (person) person.checkedInAt = body.checkedInAt;
        if (op.shown) say(body.alreadyCheckedIn ? fill(texts.already, { name: body.name, time: timeOf(body.checkedInAt) }) : fill(texts.done, { name: body.name }), 'success');
      } else {
        say(fill(texts.failed, { name: op.name || op.code, reason: reasonOf(body) }), 'error');
      }
    } else if (op.kind === 'undo') {
      var undone = byId(op.invitationId);
      if (status === 204) {
        if (undone) undone.checkedInAt = null;
        if (op.shown) say(fill(texts.undone, { name: op.name }), 'success');
      } else {
        say(fill(texts.failed, { name: op.name, reason: reasonOf(body) }), 'error');
      }
    } else if (status === 200 || status === 201) {
      say(fill(body.seated ? texts.walkInSeated : texts.walkInRecorded, { name: body.name }), 'success');
    } else {
      say(fill(texts.failed, { name: op.body.name, reason: reasonOf(body) }), 'error');
      if (body && body.code === 'no_seat_free') el('walkin-without-seat').focus();
    }
  };

  /** Queues an action and tries to send it at once; offline it waits on the phone. */
  var enqueue = function (op, queuedText) {
    op.clientId = op.clientId || newClientId();
    op.shown = true;
    queue.push(op);
    saveQueue();
    render();
    if (!online) { say(queuedText, 'info'); return Promise.resolve(); }
    return flush().then(function () { if (queue.indexOf(op) >= 0) say(queuedText, 'info'); });
  };

  var refresh = function () {
    if (linkGone) return Promise.resolve();
    return Promise.all([request('GET', '/check-in-roster'), request('GET', '/check-ins')]).then(function (responses) {
      if (responses[0].status === 401) { linkGone = true; say(texts.linkGone, 'error'); return; }
      if (!responses[0].ok || !responses[1].ok) throw new Error('retry later');
      return Promise.all([responses[0].json(), responses[1].json()]).then(function (bodies) {
        setOnline(true);
        roster = bodies[0].people;
        overview = bodies[1];
        store(rosterKey, roster);
        render();
      });
    }).catch(function () { setOnline(false); render(); });
  };

  var setOnline = function (value) {
    if (online === value) return;
    online = value;
    render();
  };

  // --- Actions ----------------------------------------------------------------------------------

  var checkIn = function (code, name) {
    var person = byCode(code);
    var label = name || (person && person.name) || code;
    var undo = person && queuedUndo(person);
    if (undo) {
      // The undo never left the phone: dropping it restores the check-in.
      queue.splice(queue.indexOf(undo), 1);
      saveQueue();
      render();
      say(fill(texts.done, { name: label }), 'success');
      return Promise.resolve();
    }
    return enqueue({ kind: 'check-in', code: code, name: label, invitationId: person ? person.invitationId : null }, fill(texts.queuedDone, { name: label }));
  };

  var undoCheckIn = function (person) {
    var pending = queuedCheckIn(person);
    if (pending && !person.checkedInAt) {
      // The check-in never left the phone: dropping it is the undo.
      queue.splice(queue.indexOf(pending), 1);
      saveQueue();
      render();
      say(fill(texts.undone, { name: person.name }), 'success');
      return Promise.resolve();
    }
    return enqueue({ kind: 'undo', invitationId: person.invitationId, name: person.name }, fill(texts.undone, { name: person.name }));
  };

  // --- Rendering --------------------------------------------------------------------------------

  var make = function (tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  var personItem = function (person) {
    var item = make('li', 'checkin-person');
    var info = make('div', 'checkin-person-info');
    info.appendChild(make('span', 'checkin-person-name', person.name));
    var meta = [person.group, person.from].filter(Boolean).join(' · ');
    if (person.facilitator) meta += (meta ? ' · ' : '') + texts.facilitator;
    info.appendChild(make('span', 'checkin-person-meta', meta));
    var tables = (person.tables || []).filter(Boolean);
    if (tables.length) info.appendChild(make('span', 'checkin-person-meta', fill(texts.tables, { tables: tables.join(', ') })));
    var here = isHere(person);
    var state = here
      ? (person.checkedInAt && !queuedCheckIn(person) ? fill(texts.checkedInAt, { time: timeOf(person.checkedInAt) }) : texts.queued)
      : person.status !== 'confirmed' ? (texts.statuses[person.status] || person.status) : '';
    if (state) info.appendChild(make('span', 'checkin-person-state' + (here ? ' checkin-person-here' : ''), state));
    item.appendChild(info);
    var button = make('button', here ? 'button button-secondary' : 'button button-primary', here ? texts.undo : texts.checkIn);
    button.type = 'button';
    button.setAttribute('aria-label', fill(here ? texts.undoName : texts.checkInName, { name: person.name }));
    button.setAttribute('data-person', person.invitationId);
    button.setAttribute('data-action', here ? 'undo' : 'check-in');
    item.appendChild(button);
    return item;
  };

  var renderResults = function () {
    var query = normaliseName(search.value.trim());
    var focusedPerson = document.activeElement && document.activeElement.getAttribute ? document.activeElement.getAttribute('data-person') : null;
    results.textContent = '';
    if (query.length < 2) { resultsCount.textContent = ''; return; }
    var matches = roster.filter(function (p) { return normaliseName(p.name).indexOf(query) >= 0; });
    resultsCount.textContent = matches.length === 0 ? texts.noMatches
      : (matches.length === 1 ? texts.oneMatch : fill(texts.matches, { n: matches.length })) + (matches.length > 8 ? ' ' + texts.moreMatches : '');
    matches.slice(0, 8).forEach(function (person) { results.appendChild(personItem(person)); });
    if (focusedPerson) {
      var again = results.querySelector('[data-person="' + focusedPerson + '"]');
      if (again) again.focus();
    }
  };

  var renderCounts = function () {
    var total = el('checkin-total');
    var counts = el('checkin-counts');
    counts.textContent = '';
    if (!overview) { total.textContent = ''; return; }
    var here = 0;
    roster.forEach(function (p) { if (p.status === 'confirmed' && isHere(p)) here++; });
    total.textContent = fill(texts.total, { checkedIn: Math.max(here, 0), expected: overview.expected });
    var groupsHeading = make('h3', 'h5', texts.byGroup);
    counts.appendChild(groupsHeading);
    var groups = make('ul', 'nobullet-list checkin-count-list');
    overview.byGroup.forEach(function (g) { groups.appendChild(make('li', '', g.name + ': ' + g.checkedIn + ' / ' + g.expected)); });
    counts.appendChild(groups);
    var round = overview.byTable.filter(function (r) { return r.round === overview.currentRound; })[0];
    if (round) {
      counts.appendChild(make('h3', 'h5', fill(texts.byTable, { round: round.round })));
      var tables = make('ul', 'nobullet-list checkin-count-list checkin-table-counts');
      round.tables.forEach(function (t) { tables.appendChild(make('li', '', fill(texts.table, { name: t.name }) + ': ' + t.checkedIn + ' / ' + t.expected)); });
      counts.appendChild(tables);
    }
    if (overview.withoutSeat > 0) counts.appendChild(make('p', '', fill(texts.withoutSeat, { n: overview.withoutSeat })));
  };

  var renderConnection = function () {
    var parts = [online ? texts.online : texts.offline];
    if (queue.length === 1) parts.push(texts.onePending);
    else if (queue.length > 1) parts.push(fill(texts.pending, { n: queue.length }));
    connection.textContent = parts.join('. ');
    connection.className = 'checkin-connection' + (online ? '' : ' checkin-offline');
  };

  var render = function () {
    renderConnection();
    renderResults();
    renderCounts();
  };

  // --- Wiring -----------------------------------------------------------------------------------

  search.addEventListener('input', renderResults);
  results.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-person]');
    if (!button) return;
    var person = byId(button.getAttribute('data-person'));
    if (!person) return;
    if (button.getAttribute('data-action') === 'undo') undoCheckIn(person);
    else checkIn(person.code, person.name);
  });

  el('checkin-code-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var input = el('checkin-code');
    var code = normaliseCode(input.value);
    if (!code) { say(fill(texts.failed, { name: input.value, reason: texts.errors.unknown_code }), 'error'); input.focus(); return; }
    input.value = '';
    checkIn(code);
    input.focus();
  });

  var groupSelect = el('walkin-group');
  var organisationSelect = el('walkin-organisation');
  var filterOrganisations = function () {
    Array.prototype.forEach.call(organisationSelect.options, function (option) {
      var group = option.getAttribute('data-group');
      option.hidden = !!group && group !== groupSelect.value;
      option.disabled = option.hidden;
    });
    if (organisationSelect.selectedOptions[0] && organisationSelect.selectedOptions[0].disabled) organisationSelect.value = '';
  };
  groupSelect.addEventListener('change', filterOrganisations);
  filterOrganisations();

  el('checkin-walkin-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var form = event.target;
    var name = form.elements.name.value.trim();
    if (!name) { say(texts.walkInName, 'error'); form.elements.name.focus(); return; }
    var withoutSeat = event.submitter && event.submitter.value === '0';
    var body = { clientId: newClientId(), name: name, groupId: groupSelect.value, organisationId: organisationSelect.value || null, withoutSeat: withoutSeat };
    if (form.elements.email.value.trim()) body.email = form.elements.email.value.trim();
    enqueue({ kind: 'walk-in', clientId: body.clientId, body: body }, fill(texts.walkInQueued, { name: name })).then(function () {
      if (!message.classList.contains('checkin-message-error')) { form.reset(); filterOrganisations(); }
    });
  });

  // Scanning: the browser's own BarcodeDetector where it has one that reads QR codes, otherwise
  // barcode-detector's ZXing ponyfill; without a camera the typed code above is the way in.
  var scanButton = el('checkin-scan');
  var camera = el('checkin-camera');
  var video = el('checkin-video');
  var stream = null;
  var scanning = false;
  var detectorFor = function () {
    var native = window.BarcodeDetector;
    var nativeReadsQr = native && typeof native.getSupportedFormats === 'function'
      ? native.getSupportedFormats().then(function (formats) { return formats.indexOf('qr_code') >= 0; }, function () { return false; })
      : Promise.resolve(false);
    return nativeReadsQr.then(function (yes) {
      if (yes) return new native({ formats: ['qr_code'] });
      var ponyfill = window.BarcodeDetectionAPI;
      if (!ponyfill) throw new Error('no QR decoder');
      ponyfill.prepareZXingModule({
        overrides: { locateFile: function (path, prefix) { return path.slice(-5) === '.wasm' ? '/assets/vendor/qr/zxing-wasm/dist/reader/' + path : prefix + path; } },
      });
      return new ponyfill.BarcodeDetector({ formats: ['qr_code'] });
    });
  };
  var stopCamera = function () {
    scanning = false;
    if (stream) stream.getTracks().forEach(function (track) { track.stop(); });
    stream = null;
    video.srcObject = null;
    camera.hidden = true;
    scanButton.textContent = texts.scan;
  };
  var startCamera = function () {
    scanning = true;
    scanButton.textContent = texts.stopScan;
    camera.hidden = false;
    Promise.all([navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false }), detectorFor()])
      .then(function (both) {
        stream = both[0];
        var detector = both[1];
        if (!scanning) { stopCamera(); return; }
        video.srcObject = stream;
        return video.play().then(function () {
          var look = function () {
            if (!scanning) return;
            detector.detect(video).then(function (codes) {
              var code = codes.length ? normaliseCode(codes[0].rawValue) : null;
              if (code) { stopCamera(); checkIn(code); scanButton.focus(); return; }
              setTimeout(look, 250);
            }, function () { setTimeout(look, 500); });
          };
          look();
        });
      })
      .catch(function () { stopCamera(); say(texts.noCamera, 'error'); });
  };
  if (navigator.mediaDevices && typeof navigator.mediaDevices.getUserMedia === 'function') {
    scanButton.hidden = false;
    scanButton.addEventListener('click', function () { if (scanning) stopCamera(); else startCamera(); });
  }

  window.addEventListener('online', function () { setOnline(true); flush().then(refresh); });
  window.addEventListener('offline', function () { setOnline(false); });
  // Try again now and then: `online` events are not reliable on every phone.
  setInterval(function () {
    if (queue.length) flush();
    else if (document.visibilityState !== 'hidden') refresh();
  }, 8000);

  render();
  flush().then(refresh);
})();
