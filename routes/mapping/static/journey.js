/* routes: draws a checked journey on a Leaflet map from one JSON payload.
 *
 * Every string in the payload was HTML-escaped by routes.mapping._text before it got here, so it
 * is safe as innerHTML; nothing in this file builds HTML from unescaped story text.
 * The page also tells a parent frame its height (postMessage) so an embedding page can size its
 * iframe: see routes.mapping.embed_snippet.
 */
(function () {
  'use strict';
  var embedded = false;
  try { embedded = window.self !== window.top; } catch (e) { embedded = true; }
  if (embedded) { document.documentElement.className += ' rt-embedded'; }

  var ROUTE = { outbound: '#222222', 'return': '#CC79A7' };
  var GLYPH = {
    station: '<rect x="6" y="3" width="12" height="14" rx="3"/><rect x="8" y="5.5" width="8" height="5" fill="#fff"/>' +
      '<circle cx="9" cy="13.8" r="1.3" fill="#fff"/><circle cx="15" cy="13.8" r="1.3" fill="#fff"/>' +
      '<path d="M8.5 18l-2.5 3.5M15.5 18l2.5 3.5" stroke="currentColor" stroke-width="1.8"/>',
    venue: '<path d="M12 2.5L2.5 8h19z"/><rect x="4.5" y="9.5" width="2.6" height="8"/><rect x="10.7" y="9.5" width="2.6" height="8"/>' +
      '<rect x="16.9" y="9.5" width="2.6" height="8"/><rect x="2.5" y="18.5" width="19" height="2.5"/>',
    hotel: '<rect x="2.5" y="6" width="2.6" height="14"/><rect x="2.5" y="13" width="19" height="3"/><rect x="18.9" y="13" width="2.6" height="7"/>' +
      '<rect x="6.5" y="9" width="4.5" height="3.2" rx="1.4"/><rect x="12" y="9.5" width="9.5" height="3" rx="1"/>',
    guesthouse: '<path d="M12 2.5l9.5 8.5h-3v9.5h-4.5v-6h-4v6H5.5V11h-3z"/>',
    factory: '<path d="M2.5 21V10.5l5 3v-3l5 3v-3l5 3V3h3.5v18z"/>',
    zone: '<rect x="3" y="3" width="8" height="8" rx="1"/><rect x="13" y="3" width="8" height="8" rx="1"/>' +
      '<rect x="3" y="13" width="8" height="8" rx="1"/><rect x="13" y="13" width="8" height="8" rx="1"/>',
    border_crossing: '<rect x="3" y="4" width="3" height="17"/><rect x="6" y="6.5" width="15.5" height="4.5"/>' +
      '<path d="M9.5 6.5l3 4.5M15 6.5l3 4.5" stroke="#fff" stroke-width="1.8"/>',
    city: '<circle cx="12" cy="12" r="7"/><circle cx="12" cy="12" r="3" fill="#fff"/>',
    airport: '<path d="M21 15.5v-2l-7.5-4.8V3.8a1.5 1.5 0 0 0-3 0v4.9L3 13.5v2l7.5-2.3v4.7L8.5 19.5V21l3.5-1 3.5 1v-1.5l-2-1.6v-4.7z"/>',
    port: '<circle cx="12" cy="5" r="2.2" fill="none" stroke="currentColor" stroke-width="1.9"/>' +
      '<path d="M12 7.2V21M7.5 11h9M4.5 14a7.5 7.5 0 0 0 15 0" fill="none" stroke="currentColor" stroke-width="1.9"/>',
    landmark: '<path d="M12 2.5l2.8 5.8 6.3.9-4.6 4.4 1.1 6.3L12 16.9l-5.6 3 1.1-6.3-4.6-4.4 6.3-.9z"/>'
  };
  GLYPH.district = GLYPH.city; GLYPH.admin = GLYPH.city; GLYPH.region = GLYPH.city;

  function glyph(kind) {
    return '<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="currentColor">' +
      (GLYPH[kind] || GLYPH.landmark) + '</svg>';
  }

  /* Text of an already-escaped string, for aria-label / title attributes. DOMParser builds an
     inert document (no script runs, no image loads), so even a string that was not escaped could
     not act here; a detached <div>'s innerHTML would still load <img onerror>. */
  function plain(escaped) {
    return new DOMParser().parseFromString(escaped, 'text/html').documentElement.textContent || '';
  }

  function ranges(nums) {
    nums = nums.slice().sort(function (a, b) { return a - b; });
    var out = [], start = nums[0], prev = nums[0];
    for (var i = 1; i <= nums.length; i++) {
      if (i < nums.length && nums[i] === prev + 1) { prev = nums[i]; continue; }
      out.push(start === prev ? String(start) : start + '–' + prev);
      if (i < nums.length) { start = prev = nums[i]; }
    }
    return out.join(', ');
  }

  /* A polyline drawn a few pixels to the right of its direction of travel, recomputed per zoom,
     so an outbound and a return leg on the same track sit side by side instead of on top. */
  function shifted(map, latlngs, px) {
    if (!px) { return latlngs; }
    var z = map.getZoom();
    var pts = latlngs.map(function (ll) { return map.project(ll, z); });
    var out = [];
    for (var i = 0; i < pts.length; i++) {
      var a = pts[Math.max(i - 1, 0)], b = pts[Math.min(i + 1, pts.length - 1)];
      var dx = b.x - a.x, dy = b.y - a.y, len = Math.sqrt(dx * dx + dy * dy) || 1;
      out.push(map.unproject(L.point(pts[i].x - dy / len * px, pts[i].y + dx / len * px), z));
    }
    return out;
  }

  function alongPixels(map, latlngs, fraction) {
    var z = map.getZoom();
    var pts = latlngs.map(function (ll) { return map.project(ll, z); });
    var total = 0, seg = [];
    for (var i = 0; i + 1 < pts.length; i++) { var d = pts[i].distanceTo(pts[i + 1]); seg.push(d); total += d; }
    var target = total * fraction;
    for (var j = 0; j < seg.length; j++) {
      if (target <= seg[j] || j === seg.length - 1) {
        var t = seg[j] ? Math.min(target / seg[j], 1) : 0;
        var p = pts[j].add(pts[j + 1].subtract(pts[j]).multiplyBy(t));
        var angle = Math.atan2(pts[j + 1].y - pts[j].y, pts[j + 1].x - pts[j].x) * 180 / Math.PI;
        return { latlng: map.unproject(p, z), angle: angle };
      }
      target -= seg[j];
    }
    return { latlng: latlngs[0], angle: 0 };
  }

  function lineStyles(mode, colour) {
    if (mode === 'rail') {
      return [{ color: colour, weight: 5, opacity: 0.95 },
              { color: '#ffffff', weight: 2, dashArray: '5 7', opacity: 0.95, interactive: false }];
    }
    if (mode === 'road') {
      return [{ color: '#ffffff', weight: 7, opacity: 0.9, interactive: false },
              { color: colour, weight: 3.5, opacity: 0.95 }];
    }
    if (mode === 'air') { return [{ color: colour, weight: 2.5, dashArray: '2 8', lineCap: 'round' }]; }
    if (mode === 'sea') { return [{ color: colour, weight: 3, dashArray: '10 6' }]; }
    return [{ color: colour, weight: 2.5, dashArray: '1 6', lineCap: 'round' }];
  }

  function drawLeg(map, leg, layers) {
    var colour = ROUTE[leg.direction] || ROUTE.outbound;
    var base = leg.coords.map(function (c) { return L.latLng(c[0], c[1]); });
    var px = leg.offset ? 3.5 : 0;
    var lines = lineStyles(leg.mode, colour).map(function (style) {
      style.className = 'rt-leg rt-leg-' + leg.n;
      return L.polyline(shifted(map, base, px), style).addTo(map);
    });
    var hit = L.polyline(base, { weight: 16, opacity: 0, className: 'rt-leg-hit' }).addTo(map);
    hit.bindPopup(leg.popup, { maxWidth: 320 });
    hit.bindTooltip(leg.title, { sticky: true });
    var arrows = [0.3, 0.7].map(function () {
      return L.marker(base[0], { interactive: false, keyboard: false,
        icon: L.divIcon({ className: 'rt-arrow', iconSize: [14, 14], iconAnchor: [7, 7], html: '' }) }).addTo(map);
    });
    function update() {
      var drawn = shifted(map, base, px);
      lines.forEach(function (l) { l.setLatLngs(drawn); });
      var z = map.getZoom(), length = 0;
      for (var i = 0; i + 1 < drawn.length; i++) { length += map.project(drawn[i], z).distanceTo(map.project(drawn[i + 1], z)); }
      var show = length > 90;  /* arrows on a leg shorter than this would only clutter a stop */
      [0.3, 0.7].forEach(function (f, k) {
        arrows[k].setOpacity(show ? 1 : 0);
        var at = alongPixels(map, drawn, f);
        arrows[k].setLatLng(at.latlng);
        var el = arrows[k].getElement();
        if (el) {
          el.innerHTML = '<svg viewBox="0 0 14 14" width="14" height="14" style="transform:rotate(' +
            at.angle.toFixed(1) + 'deg)"><path d="M2 2 L12 7 L2 12 z" fill="' + colour +
            '" stroke="#fff" stroke-width="1.5"/></svg>';
        }
      });
    }
    map.on('zoomend', update);
    layers.push({ n: leg.n, lines: lines, hit: hit, arrows: arrows, update: update });
  }

  function stopIcon(stop) {
    var nums = stop.numbers.join('·');
    return L.divIcon({
      className: 'rt-stop-wrap', iconSize: [30, 30], iconAnchor: [15, 15], popupAnchor: [0, -14],
      html: '<div class="rt-stop rt-kind-' + stop.kind + '" data-stop="' + stop.numbers.join(' ') + '">' +
        glyph(stop.kind) + '<span class="rt-num">' + nums + '</span>' +
        '<span class="rt-name">' + stop.name + '</span></div>'
    });
  }

  function clusterIcon(cluster) {
    var nums = [], cities = {};
    cluster.getAllChildMarkers().forEach(function (m) {
      nums = nums.concat(m.options.rtNumbers);
      cities[m.options.rtCity || ''] = true;
    });
    var names = Object.keys(cities);
    var city = names.length === 1 ? names[0] : '';
    return L.divIcon({
      className: 'rt-cluster-wrap', iconSize: [44, 44], iconAnchor: [22, 22],
      html: '<div class="rt-cluster" title="stops ' + ranges(nums) + ': click to zoom in"><b>' + ranges(nums) +
        '</b><span class="rt-cluster-n">' + cluster.getChildCount() + ' stops</span>' +
        (city ? '<span class="rt-name">' + city + '</span>' : '') + '</div>'
    });
  }

  function claimIcon(c) {
    return L.divIcon({
      className: 'rt-claim-wrap', iconSize: [0, 0], iconAnchor: [0, 0],
      html: '<div class="rt-claim rt-' + c.verdict + '" data-claim="' + c.i + '">' +
        '<span class="rt-sym" aria-hidden="true">' + c.symbol + '</span>' +
        '<span class="rt-text"><span class="rt-short">stated ' + c.short + '</span>' +
        (c.measured ? '<span class="rt-measured">' + c.measured + '</span>' : '') + '</span>' +
        '<span class="rt-sr"> (' + c.verdict + ')</span></div>'
    });
  }

  var ORDER = ['inconsistent', 'unverifiable', 'consistent'];
  var SYMBOL = { consistent: '✓', inconsistent: '✗', unverifiable: '?' };

  function groupMarker(g) {
    var counts = {};
    g.claims.forEach(function (c) { counts[c.verdict] = (counts[c.verdict] || 0) + 1; });
    var present = ORDER.filter(function (v) { return counts[v]; });
    var n = g.claims.length;
    var label = '<span class="rt-short">' + (n === 1 ? '1 figure' : n + ' figures') + '</span>';
    var html = '<div class="rt-claim rt-group rt-' + present[0] + '">';
    if (present.length === 1) {  /* "✓ 6 figures" */
      html += '<span class="rt-sym rt-bg-' + present[0] + '" aria-hidden="true">' + SYMBOL[present[0]] +
        '</span>' + label + '<span class="rt-sr"> ' + present[0] + '</span>';
    } else {  /* "3 figures ✗ 1 ✓ 2" */
      html += label + present.map(function (v) {
        return '<span class="rt-sym rt-bg-' + v + '" aria-hidden="true">' + SYMBOL[v] + '</span>' +
          '<span class="rt-count">' + counts[v] + '<span class="rt-sr"> ' + v + '</span></span>';
      }).join('');
    }
    html += '</div>';
    return L.marker(g.anchors[0], { keyboard: true, zIndexOffset: 1000, title: n + ' checked figures',
      icon: L.divIcon({ className: 'rt-claim-wrap', iconSize: [0, 0], iconAnchor: [0, 0], html: html }) })
      .bindPopup(g.claims.map(function (c) { return c.popup; }).join('<hr>'), { maxWidth: 300, maxHeight: 340 });
  }

  function overlap(a, b) {
    var w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    var h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    return w > 0 && h > 0 ? w * h : 0;
  }

  /* Place each group of claim badges (the figures about one pair of places) where it hides the
     least: candidate points along its leg x right/left x below/above, scored by the area it would
     cover of stops, labels, the legend and badges already placed, and by how far it spills off the
     map. Run again after every zoom, since what collides depends on the scale. */
  function layoutClaims(map, groups, legs) {
    var box = map.getContainer().getBoundingClientRect();
    var linePts = [];  /* route vertices: a badge over the route hides it, so it costs too */
    legs.forEach(function (l) {
      var lls = l.lines[0].getLatLngs();
      for (var i = 0; i < lls.length; i++) {
        var p = map.latLngToContainerPoint(lls[i]);
        linePts.push(p);
        if (i + 1 < lls.length) {  /* and the middle of long straight segments */
          var q = map.latLngToContainerPoint(lls[i + 1]);
          var steps = Math.min(20, Math.floor(p.distanceTo(q) / 25));
          for (var k = 1; k < steps; k++) { linePts.push(p.add(q.subtract(p).multiplyBy(k / steps))); }
        }
      }
    });
    var taken = [];
    var sel = '.rt-stop, .rt-cluster, .rt-name, .rt-passed-label, .leaflet-control';
    Array.prototype.forEach.call(map.getContainer().querySelectorAll(sel), function (el) {
      var r = el.getBoundingClientRect();
      if (r.width && r.height) {
        taken.push({ left: r.left - box.left - 4, right: r.right - box.left + 4,
                     top: r.top - box.top - 4, bottom: r.bottom - box.top + 4 });
      }
    });
    var view = { left: 0, top: 0, right: box.width, bottom: box.height };
    function best(g) {
      var shown = g.compact ? [g.summary] : g.markers;
      var sizes = shown.map(function (m) {
        var el = m.getElement() && m.getElement().firstChild;
        return el ? { w: el.offsetWidth, h: el.offsetHeight } : { w: 0, h: 0 };
      });
      var W = Math.max.apply(null, sizes.map(function (s) { return s.w; }));
      var H = sizes.reduce(function (t, s) { return t + s.h + 4; }, -4);
      var top1 = null;
      g.anchors.forEach(function (ll, ai) {
        var p = map.latLngToContainerPoint(ll);
        [1, -1].forEach(function (side) {
          [1, -1].forEach(function (down) {
            var left = side > 0 ? p.x + 12 : p.x - 12 - W;
            var top = down > 0 ? p.y + 8 : p.y - 8 - H;
            var r = { left: left, top: top, right: left + W, bottom: top + H };
            var cost = 0;
            taken.forEach(function (t) { cost += overlap(r, t); });
            linePts.forEach(function (q) {
              if (q.x > r.left && q.x < r.right && q.y > r.top && q.y < r.bottom) { cost += 150; }
            });
            cost += 3 * (W * H - overlap(r, view));
            var score = cost + ai * 40 + (side < 0 ? 5 : 0) + (down < 0 ? 5 : 0);
            if (!top1 || score < top1.score) {
              top1 = { score: score, cost: cost, area: W * H, ll: ll, side: side, down: down, r: r,
                       shown: shown, sizes: sizes, H: H };
            }
          });
        });
      });
      return top1;
    }
    groups.forEach(function (g) {
      var b = best(g);
      if (!b) { return; }
      /* a stack that would fill much of the map, or cannot sit without hiding much of it,
         folds into one counting badge */
      if (!g.compact && b.shown.length > 1 &&
          (b.area > 0.12 * view.right * view.bottom || b.cost > 0.15 * b.area + 300)) {
        setCompact(map, g, true);
        b = best(g);
      }
      taken.push(b.r);
      g.dot.setLatLng(b.ll);
      var y = b.down > 0 ? 8 : -8 - b.H;
      b.shown.forEach(function (m, k) {
        m.setLatLng(b.ll);
        var el = m.getElement() && m.getElement().firstChild;
        if (el) {
          var x = b.side > 0 ? 12 : -12 - b.sizes[k].w;
          el.style.transform = 'translate(' + x + 'px,' + y + 'px)';
        }
        y += b.sizes[k].h + 4;
      });
    });
  }

  function setCompact(map, g, compact) {
    if (g.compact === compact) { return; }
    g.compact = compact;
    if (compact) {
      g.markers.forEach(function (m) { map.removeLayer(m); });
      g.summary.addTo(map);
    } else {
      map.removeLayer(g.summary);
      g.markers.forEach(function (m) { m.addTo(map); });
    }
  }

  /* Hide a stop's name where it would overprint an earlier stop's marker or name (the stop
     number stays, and the legend and popup still name it). */
  function declutterLabels(map) {
    var marks = Array.prototype.slice.call(map.getContainer().querySelectorAll('.rt-stop, .rt-cluster'));
    var taken = marks.map(function (el) { return el.getBoundingClientRect(); });
    var labels = Array.prototype.slice.call(map.getContainer().querySelectorAll('.rt-name'));
    labels.forEach(function (el) { el.classList.remove('rt-hidden'); });
    labels.forEach(function (el) {
      var r = el.getBoundingClientRect();
      var own = el.parentNode.getBoundingClientRect();
      var clash = taken.some(function (t) {
        var same = Math.abs(t.left - own.left) < 1 && Math.abs(t.top - own.top) < 1;
        return !same && overlap(r, t) > 0;
      });
      if (clash) { el.classList.add('rt-hidden'); } else { taken.push(r); }
    });
  }

  /* Replay: a dot runs along each leg in journey order while a caption names the leg and its
     times. Durations follow the leg's length on screen (0.6-3 s), not the clock, so the Beijing
     hops stay visible next to the long rail legs. Returns a Promise for the end of the replay. */
  function addReplay(map, legs, data) {
    var caption = null, button = null, running = null;
    var control = L.control({ position: 'bottomleft' });
    control.onAdd = function () {
      var div = L.DomUtil.create('div', 'rt-replay leaflet-bar');
      button = L.DomUtil.create('button', 'rt-replay-button', div);
      button.type = 'button';
      button.textContent = '▶ Replay journey';
      caption = L.DomUtil.create('div', 'rt-replay-caption', div);
      caption.setAttribute('aria-live', 'polite');
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.on(button, 'click', function () { replay(1); });
      return div;
    };
    control.addTo(map);

    function replay(speed) {
      if (running) { return running; }
      var dot = L.circleMarker(data.legs.length ? data.legs[0].coords[0] : [0, 0], { radius: 7, weight: 2,
        color: '#fff', fillColor: '#E69F00', fillOpacity: 1, interactive: false, className: 'rt-replay-dot' }).addTo(map);
      button.disabled = true;
      running = new Promise(function (done) {
        var k = 0;
        function nextLeg() {
          if (k >= legs.length) {
            map.removeLayer(dot);
            caption.innerHTML = 'Journey complete: ' + data.legs.length + ' legs';
            button.disabled = false;
            running = null;
            done(true);
            return;
          }
          var leg = data.legs[k], layer = legs[k];
          caption.innerHTML = '<b>' + leg.title + '</b>' + (leg.when ? '<br>' + leg.when : '');
          var drawn = layer.lines[0].getLatLngs(), z = map.getZoom(), length = 0;
          for (var i = 0; i + 1 < drawn.length; i++) {
            length += map.project(drawn[i], z).distanceTo(map.project(drawn[i + 1], z));
          }
          var ms = Math.min(3000, Math.max(600, length / 0.3)) / speed, start = null;
          function frame(t) {
            if (start === null) { start = t; }
            var f = Math.min(1, (t - start) / ms);
            dot.setLatLng(alongPixels(map, layer.lines[0].getLatLngs(), f).latlng);
            if (f < 1) { window.requestAnimationFrame(frame); } else { k += 1; nextLeg(); }
          }
          window.requestAnimationFrame(frame);
        }
        nextLeg();
      });
      return running;
    }
    return replay;
  }

  /* Inset: where the overview folds several stops into one cluster (the Beijing stops), a small
     second map shows those stops by number with the legs between them, so a still image (PNG,
     print) shows them too. It follows the main map: rebuilt when clustering changes, hidden
     when nothing is clustered or the map is too small to spare the room. */
  function addInset(map, cluster, data, stopMarkers) {
    var control = L.control({ position: 'bottomleft' });
    var box = null, title = null, holder = null, inset = null, shownKey = '';
    control.onAdd = function () {
      box = L.DomUtil.create('div', 'rt-inset');
      title = L.DomUtil.create('div', 'rt-inset-title', box);
      holder = L.DomUtil.create('div', 'rt-inset-map', box);
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    control.addTo(map);

    function crowd() {
      var byParent = new Map();
      Object.keys(stopMarkers).forEach(function (n) {
        var m = stopMarkers[n];
        var parent = cluster.getVisibleParent(m);
        if (parent && parent !== m) {
          if (!byParent.has(parent)) { byParent.set(parent, []); }
          if (byParent.get(parent).indexOf(m) < 0) { byParent.get(parent).push(m); }
        }
      });
      var best = null, where = null;
      byParent.forEach(function (ms, parent) {
        if (!best || ms.length > best.length) { best = ms; where = parent.getLatLng(); }
      });
      return best && best.length > 1 ? { markers: best, at: where } : null;
    }

    function update() {
      var found = map.getSize().x >= 600 ? crowd() : null;
      if (!found) { box.style.display = 'none'; shownKey = ''; return; }
      box.style.display = '';
      var ms = found.markers;
      /* the bottom corner away from the cluster it details, so it never covers it */
      var side = map.latLngToContainerPoint(found.at).x < map.getSize().x / 2 ? 'bottomright' : 'bottomleft';
      if (control.getPosition() !== side) { control.setPosition(side); }
      var ids = ms.map(function (m) { return L.stamp(m); }).sort().join(',');
      if (ids === shownKey) { return; }
      shownKey = ids;
      if (inset) { inset.remove(); inset = null; }
      var nums = [], cities = {};
      ms.forEach(function (m) { nums = nums.concat(m.options.rtNumbers); cities[m.options.rtCity || ''] = 1; });
      var names = Object.keys(cities);
      title.innerHTML = (names.length === 1 && names[0] ? names[0] + ': ' : '') + 'stops ' + ranges(nums);
      inset = L.map(holder, { zoomControl: false, attributionControl: false, dragging: false,
        scrollWheelZoom: false, doubleClickZoom: false, boxZoom: false, keyboard: false, touchZoom: false,
        zoomSnap: 0.25, maxZoom: 17 });
      var pane = inset.createPane('rt-base');
      pane.style.zIndex = 150;
      L.geoJSON(data.basemap, { pane: 'rt-base', interactive: false,
        style: { color: '#8c8c8c', weight: 0.8, fillColor: '#f4f1ea', fillOpacity: 1 } }).addTo(inset);
      var pts = ms.map(function (m) { return m.getLatLng(); });
      var bounds = L.latLngBounds(pts);
      inset.fitBounds(bounds, { paddingTopLeft: [26, 26], paddingBottomRight: [30, 40], animate: false });
      var near = bounds.pad(0.5);
      data.legs.forEach(function (leg) {
        var lls = leg.coords.map(function (c) { return L.latLng(c[0], c[1]); });
        if (!lls.some(function (ll) { return near.contains(ll); })) { return; }
        lineStyles(leg.mode, ROUTE[leg.direction] || ROUTE.outbound).forEach(function (style) {
          style.interactive = false;
          style.weight = Math.max(1.5, style.weight * 0.7);
          L.polyline(lls, style).addTo(inset);
        });
      });
      ms.forEach(function (m) {
        var o = m.options.icon.options;  /* the same icon, smaller, and not a second "stop N" in the page */
        var html = o.html.replace('class="rt-stop ', 'class="rt-stop rt-mini ').replace('data-stop=', 'data-inset-stop=');
        L.marker(m.getLatLng(), { interactive: false, keyboard: false, icon: L.divIcon({ className: 'rt-stop-wrap rt-mini-wrap',
          iconSize: [22, 22], iconAnchor: [11, 11], html: html }) }).addTo(inset);
      });
      L.control.scale({ position: 'bottomright', maxWidth: 70, imperial: false }).addTo(inset);
    }
    return update;
  }

  function postHeight() {
    if (!embedded) { return; }
    var h = Math.ceil(document.documentElement.getBoundingClientRect().height);
    window.parent.postMessage({ type: 'routes-map-height', height: h }, '*');
  }

  function routesDraw(map, data) {
    var el = map.getContainer();
    /* no tile layer sets a zoom range offline and markercluster needs one; set the options, not
       setMinZoom(), which would start a zoom animation that swallows the fitBounds below */
    map.options.minZoom = 2;
    map.options.maxZoom = 18;
    el.setAttribute('role', 'region');
    el.setAttribute('aria-label', document.title + ' (map)');  /* already plain text */
    el.setAttribute('aria-describedby', 'rt-summary');
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    map.attributionControl.addAttribution(data.attribution);
    L.control.scale({ position: 'bottomleft', maxWidth: 140 }).addTo(map);

    var pane = map.createPane('rt-base');
    pane.style.zIndex = 150;
    L.geoJSON(data.basemap, { pane: 'rt-base', interactive: false,
      style: { color: '#8c8c8c', weight: 0.8, fillColor: '#f4f1ea', fillOpacity: 1 } }).addTo(map);

    /* offline, nothing is tiled: fit the journey at a fractional zoom, edge to edge */
    if (!data.online) { map.options.zoomSnap = 0.25; }
    map.fitBounds(data.bounds, fitOptions(map));

    var legs = [];
    data.legs.forEach(function (leg) { drawLeg(map, leg, legs); });
    legs.forEach(function (l) { l.update(); });

    data.passed.forEach(function (p) {
      L.circleMarker([p.lat, p.lon], { radius: 4, color: '#555', weight: 1.5, fillColor: '#fff', fillOpacity: 1,
        className: 'rt-passed' }).bindTooltip(p.name, { permanent: true, direction: 'right', className: 'rt-passed-label',
        offset: [4, 0] }).bindPopup(p.popup, { maxWidth: 320 }).addTo(map);
    });

    var cluster = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false,
      spiderfyOnMaxZoom: true, iconCreateFunction: clusterIcon });
    var stops = {};
    data.stops.forEach(function (s) {
      var m = L.marker([s.lat, s.lon], { icon: stopIcon(s), title: plain(s.name), alt: plain(s.name),
        rtNumbers: s.numbers, rtCity: s.city, riseOnHover: true });
      m.bindPopup(s.popup, { maxWidth: 340 });
      cluster.addLayer(m);
      s.numbers.forEach(function (n) { stops[n] = m; });
    });
    map.addLayer(cluster);

    var claims = [], groups = [];
    data.claims.forEach(function (c) {
      var g = groups[c.group];
      if (!g) {
        g = groups[c.group] = { anchors: c.anchors, markers: [], claims: [], compact: false,
          dot: L.circleMarker(c.anchors[0], { radius: 3.5, color: '#222', weight: 1, fillColor: '#fff',
            fillOpacity: 1, interactive: false }).addTo(map) };
      }
      var m = L.marker(c.anchors[0], { icon: claimIcon(c), keyboard: true, zIndexOffset: 1000,
        title: plain(c.label) + ' (' + c.verdict + ')' });
      m.bindPopup(c.popup, { maxWidth: 340, offset: [0, 0] });
      m.addTo(map);
      g.markers.push(m);
      g.claims.push(c);
      claims.push(m);
    });
    groups = groups.filter(Boolean);
    groups.forEach(function (g) { g.summary = groupMarker(g); });

    /* On a phone a stack of badges would cover the map: each stack becomes one badge counting
       its verdicts, whose popup lists every figure with its explanation. Wider, the layout folds
       only the stacks it cannot place (see layoutClaims); each zoom starts afresh. */
    function applyCompact() {
      var compact = map.getSize().x < 480;
      groups.forEach(function (g) { setCompact(map, g, compact); });
    }
    applyCompact();

    var legend = L.control({ position: 'topright' });
    legend.onAdd = function () {
      var div = L.DomUtil.create('div', 'rt-legend');
      div.innerHTML = data.legend;
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      var details = div.querySelector('details');
      if (details && !legendOpen(map)) { details.removeAttribute('open'); }
      if (details) { details.addEventListener('toggle', postHeight); }
      /* the numbered stop list doubles as navigation: a stop opens where it is, out of its cluster */
      L.DomEvent.on(div, 'click', function (e) {
        var b = e.target.closest && e.target.closest('button.rt-goto');
        var m = b && stops[Number(b.getAttribute('data-stop'))];
        if (m) { cluster.zoomToShowLayer(m, function () { m.openPopup(); }); }
      });
      return div;
    };
    legend.addTo(map);

    var summary = document.getElementById('rt-summary');
    if (summary) { summary.addEventListener('toggle', postHeight); }
    window.addEventListener('resize', postHeight);
    window.addEventListener('load', postHeight);
    postHeight();

    var inset = data.stops.length > 1 ? addInset(map, cluster, data, stops) : null;
    function relayout() {
      if (inset) { inset(); }
      applyCompact();
      declutterLabels(map);
      layoutClaims(map, groups, legs);
    }
    relayout();
    map.on('zoomend', relayout);
    cluster.on('animationend', relayout);
    window.addEventListener('resize', relayout);

    var replay = data.legs.length ? addReplay(map, legs, data) : null;

    window.routes = { replay: replay, map: map, cluster: cluster, stops: stops, claims: claims, legs: legs, groups: groups };
    window.routesReady = true;
  }

  function legendOpen(map) { return map.getSize().x >= 900; }

  function fitOptions(map) {
    var w = map.getSize().x;
    if (legendOpen(map)) { return { animate: false, paddingTopLeft: [30, 30], paddingBottomRight: [Math.min(360, w * 0.34), 30] }; }
    /* stop names sit to the right of their markers: leave them room */
    return { animate: false, paddingTopLeft: [20, 50], paddingBottomRight: [80, 20] };
  }

  window.routesDraw = routesDraw;
}());
