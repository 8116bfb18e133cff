// Uploads with progress (one request per file, so one bad file does not cost the others),
// drag-and-drop, a photo viewer (a modal dialog), and a local sha256 check of a copy.
// Everything works without this script too: the form posts, links open the images.
(function () {
  "use strict";

  function text(el, s) { if (el) { el.textContent = s; } }

  // The page's words for this script, from the catalogue in the reader's language.
  var words = {};
  try { words = JSON.parse(document.getElementById("script-words").textContent); } catch (e) { words = {}; }
  function word(k, fallback) { return words[k] || fallback; }
  // Right to left, "previous" is on the right: arrow keys and swipes follow the page.
  var step = document.documentElement.dir === "rtl" ? -1 : 1;

  var form = document.getElementById("upload-form");
  if (form) {
    var dropped = [];
    var chosen = document.getElementById("chosen");
    var bar = document.getElementById("upload-progress");
    var result = document.getElementById("upload-result");

    function pending() {
      var files = dropped.slice();
      form.querySelectorAll("input[type=file]").forEach(function (i) {
        for (var k = 0; k < i.files.length; k++) { files.push(i.files[k]); }
      });
      return files;
    }
    function showChosen() {
      chosen.innerHTML = "";
      pending().forEach(function (f) {
        var li = document.createElement("li");
        li.textContent = f.name + " (" + Math.ceil(f.size / 1024) + " KiB)";
        chosen.appendChild(li);
      });
    }
    form.querySelectorAll("input[type=file]").forEach(function (i) {
      i.addEventListener("change", showChosen);
    });
    ["dragenter", "dragover"].forEach(function (ev) {
      form.addEventListener(ev, function (e) { e.preventDefault(); form.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (ev) {
      form.addEventListener(ev, function () { form.classList.remove("over"); });
    });
    form.addEventListener("drop", function (e) {
      e.preventDefault();
      var fl = e.dataTransfer.files;
      for (var k = 0; k < fl.length; k++) { dropped.push(fl[k]); }
      showChosen();
    });

    form.addEventListener("submit", function (e) {
      var files = pending();
      if (!files.length || !window.FormData || !window.XMLHttpRequest) { return; }
      e.preventDefault();
      var total = files.reduce(function (n, f) { return n + f.size; }, 0) || 1;
      var done = 0, sent = 0, failed = [];
      bar.hidden = false;
      form.querySelector("button").disabled = true;
      function next(i) {
        if (i >= files.length) {
          if (failed.length) {
            text(result, failed.join(" "));
            form.querySelector("button").disabled = false;
            if (sent) { result.appendChild(document.createElement("br")); }
          } else {
            window.location = "/orders/" + form.dataset.order + "/files?uploaded=" + sent;
          }
          return;
        }
        var fd = new FormData();
        form.querySelectorAll("input:not([type=file]), select").forEach(function (el) {
          if (el.name) { fd.append(el.name, el.value); }
        });
        fd.append("file", files[i], files[i].name);
        var xhr = new XMLHttpRequest();
        xhr.open("POST", "/orders/" + form.dataset.order + "/files");
        xhr.setRequestHeader("X-CSRF-Token", form.dataset.csrf);
        xhr.setRequestHeader("Accept", "application/json");
        xhr.upload.onprogress = function (p) {
          bar.value = Math.round(100 * (done + p.loaded) / total);
        };
        xhr.onload = function () {
          done += files[i].size;
          if (xhr.status === 201) { sent++; } else {
            var msg = files[i].name + ": " + xhr.status;
            try { msg = files[i].name + ": " + JSON.parse(xhr.responseText).detail; } catch (_) {}
            failed.push(msg);
          }
          next(i + 1);
        };
        xhr.onerror = function () { failed.push(files[i].name + ": network error"); done += files[i].size; next(i + 1); };
        xhr.send(fd);
      }
      next(0);
    });
  }

  // The photo viewer: a modal dialog named by the photo's caption. Tap a thumbnail; the
  // close button takes the focus, Tab stays inside, arrows or a swipe go to the previous or
  // next photo, Escape or the close button (or a tap beside the picture) closes it, and the
  // focus goes back to the thumbnail that opened it. Without <dialog> the links open the
  // preview as they do without script.
  var links = Array.prototype.slice.call(document.querySelectorAll("[data-viewer] a.view"));
  var box = document.createElement("dialog");
  if (links.length && typeof box.showModal === "function") {
    box.className = "viewer";
    box.setAttribute("aria-labelledby", "viewer-caption");
    // In the order Tab visits them: close first (it takes the focus), then previous, next.
    box.innerHTML = '<button type="button" class="close">×</button><img alt="">' +
      '<button type="button" class="prev">‹</button><button type="button" class="next">›</button>' +
      '<p class="cap" id="viewer-caption" aria-live="polite"></p>';
    var closer = box.querySelector(".close"), prev = box.querySelector(".prev"), next = box.querySelector(".next");
    closer.setAttribute("aria-label", word("close", "Close"));
    prev.setAttribute("aria-label", word("previous", "Previous"));
    next.setAttribute("aria-label", word("next", "Next"));
    var several = links.length > 1;
    prev.hidden = next.hidden = !several;
    document.body.appendChild(box);
    var img = box.querySelector("img"), cap = box.querySelector(".cap"), at = 0, opener = null;
    function show(i) {
      at = (i + links.length) % links.length;
      var a = links[at], thumb = a.querySelector("img");
      img.src = a.dataset.full || a.href;
      img.alt = thumb ? thumb.alt : "";
      text(cap, a.dataset.caption || img.alt);
    }
    function open(i) {
      opener = links[i];
      show(i);
      box.showModal();
      document.documentElement.classList.add("viewing");
      closer.focus();
    }
    function close() { if (box.open) { box.close(); } }
    box.addEventListener("close", function () {
      document.documentElement.classList.remove("viewing");
      img.removeAttribute("src");
      if (opener) { opener.focus(); }
    });
    links.forEach(function (a, i) {
      a.addEventListener("click", function (e) { e.preventDefault(); open(i); });
    });
    closer.addEventListener("click", close);
    prev.addEventListener("click", function () { show(at - 1); });
    next.addEventListener("click", function () { show(at + 1); });
    // A tap on the dark area around the picture closes, as on most phones' galleries.
    box.addEventListener("click", function (e) { if (e.target === box) { close(); } });
    document.addEventListener("keydown", function (e) {
      if (!box.open) { return; }
      if (e.key === "Escape") {
        e.preventDefault();
        close();
      } else if (e.key === "Tab") {
        // Round and round the visible buttons: nothing behind the dialog is reachable.
        var stops = Array.prototype.filter.call(box.querySelectorAll("button"), function (b) { return !b.hidden; });
        var first = stops[0], last = stops[stops.length - 1], here = document.activeElement;
        var inside = here !== box && box.contains(here);
        if (!inside) {
          e.preventDefault();
          (e.shiftKey ? last : first).focus();
        } else if (here === (e.shiftKey ? first : last)) {
          e.preventDefault();
          (e.shiftKey ? last : first).focus();
        }
      } else if (several && e.key === "ArrowLeft") {
        show(at - step);
      } else if (several && e.key === "ArrowRight") {
        show(at + step);
      }
    }, true);
    var x0 = null;
    box.addEventListener("touchstart", function (e) { x0 = e.touches[0].clientX; }, { passive: true });
    box.addEventListener("touchend", function (e) {
      if (x0 === null || !several) { x0 = null; return; }
      var dx = e.changedTouches[0].clientX - x0;
      if (Math.abs(dx) > 40) { show(at + (dx < 0 ? step : -step)); }
      x0 = null;
    });
  }

  // Check a copy: hashes a file the reader already has, in the browser; nothing is sent.
  var check = document.getElementById("check-input");
  if (check && window.crypto && window.crypto.subtle) {
    check.addEventListener("change", function () {
      var f = check.files[0];
      if (!f) { return; }
      f.arrayBuffer().then(function (buf) { return crypto.subtle.digest("SHA-256", buf); }).then(function (d) {
        var hex = Array.prototype.map.call(new Uint8Array(d), function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
        var ok = hex === check.dataset.sha256;
        var out = document.getElementById("check-result");
        out.className = ok ? "notice" : "alert";
        text(out, (ok ? check.dataset.ok : check.dataset.bad) + " " + hex);
      });
    });
  }
})();
