// Shows the person's anti-phishing phrase and their supplier's name and logo once their
// e-mail is entered, on a device where they signed in before (the server answers only then,
// and never says whether an account exists).
(function () {
  "use strict";
  var email = document.getElementById("email");
  var out = document.getElementById("phrase");
  var supplier = document.getElementById("supplier");
  var name = document.getElementById("supplier-name");
  var logo = document.getElementById("supplier-logo");
  if (!email || !out || !window.fetch) { return; }
  function show(j) {
    if (j.phrase) { out.textContent = out.dataset.label + " «" + j.phrase + "»"; out.hidden = false; }
    else { out.hidden = true; }
    if (!supplier) { return; }
    if (j.supplier) {
      name.textContent = j.supplier.name;
      if (j.supplier.logo) { logo.src = j.supplier.logo; logo.hidden = false; } else { logo.hidden = true; }
      supplier.hidden = false;
    } else { supplier.hidden = true; }
  }
  function look() {
    var v = email.value.trim();
    if (v.indexOf("@") < 1) { show({}); return; }
    fetch("/signin/phrase?email=" + encodeURIComponent(v), { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : {}; })
      .then(show);
  }
  email.addEventListener("change", look);
  email.addEventListener("blur", look);
  if (email.value) { look(); }
})();
