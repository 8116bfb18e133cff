// Copy buttons beside long values (account numbers, SWIFT/BIC, hashes, keys, tokens): the
// template renders each as <button type="button" class="copy" data-copy="ID" hidden>, ID
// being the element whose text is copied, and one live region
// <span id="copy-status" role="status" data-done="…" data-failed="…">. This script shows the
// buttons (without it they stay hidden: the values can still be selected), copies, and says
// "Copied" in the live region and on the button for a moment.
"use strict";
(function () {
  var status = document.getElementById("copy-status");
  var buttons = document.querySelectorAll("button.copy[data-copy]");
  if (!status || !buttons.length) { return; }

  // The clipboard API needs a secure context (https, or localhost); elsewhere the older
  // selection copy still works in every browser we support.
  function viaSelection(el) {
    var range = document.createRange();
    range.selectNodeContents(el);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    // The value stays selected when copying failed: the reader can copy it by hand.
    if (ok) { sel.removeAllRanges(); }
    return ok ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }
  function copy(el) {
    var value = el.textContent.trim();
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(value).catch(function () { return viaSelection(el); });
    }
    return viaSelection(el);
  }
  function say(s) {
    // Emptied first, so that a second "Copied" is announced again.
    status.textContent = "";
    window.setTimeout(function () { status.textContent = s; }, 50);
  }

  Array.prototype.forEach.call(buttons, function (b) {
    var el = document.getElementById(b.dataset.copy);
    if (!el) { return; }
    var label = b.textContent, timer = null;
    b.hidden = false;
    b.addEventListener("click", function () {
      copy(el).then(function () {
        say(status.dataset.done);
        b.textContent = status.dataset.done;
        b.classList.add("done");
        window.clearTimeout(timer);
        timer = window.setTimeout(function () { b.textContent = label; b.classList.remove("done"); }, 2000);
      }, function () {
        say(status.dataset.failed);
      });
    });
  });
})();
