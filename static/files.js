// Uploads with progress (one request per file, so one bad file does not cost the others),
// drag-and-drop, a full-screen photo viewer, and a local sha256 check of a copy.
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
            try { msg = files[i].name + ": " + JSON.parse(xhr.responseText).error.message; } catch (_) {}
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

  // Full-screen viewer: tap a thumbnail; arrows, swipe or Escape.
  var links = Array.prototype.slice.call(document.querySelectorAll("[data-viewer] a.view"));
  if (links.length) {
    var box = document.createElement("div");
    box.className = "viewer";
    box.hidden = true;
    box.setAttribute("role", "dialog");
    box.innerHTML = '<button class="close">×</button><button class="prev">‹</button><img alt=""><button class="next">›</button><p class="cap"></p>';
    box.querySelector(".close").setAttribute("aria-label", word("close", "Close"));
    box.querySelector(".prev").setAttribute("aria-label", word("previous", "Previous"));
    box.querySelector(".next").setAttribute("aria-label", word("next", "Next"));
    document.body.appendChild(box);
    var img = box.querySelector("img"), cap = box.querySelector(".cap"), at = 0;
    function show(i) {
      at = (i + links.length) % links.length;
      img.src = links[at].dataset.full;
      text(cap, links[at].dataset.caption || "");
      box.hidden = false;
    }
    function close() { box.hidden = true; img.removeAttribute("src"); }
    links.forEach(function (a, i) {
      a.addEventListener("click", function (e) { e.preventDefault(); show(i); });
    });
    box.querySelector(".close").addEventListener("click", close);
    box.querySelector(".prev").addEventListener("click", function () { show(at - 1); });
    box.querySelector(".next").addEventListener("click", function () { show(at + 1); });
    document.addEventListener("keydown", function (e) {
      if (box.hidden) { return; }
      if (e.key === "Escape") { close(); } else if (e.key === "ArrowLeft") { show(at - step); } else if (e.key === "ArrowRight") { show(at + step); }
    });
    var x0 = null;
    box.addEventListener("touchstart", function (e) { x0 = e.touches[0].clientX; }, { passive: true });
    box.addEventListener("touchend", function (e) {
      if (x0 === null) { return; }
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
