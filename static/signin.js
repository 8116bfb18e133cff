// Shows the person's anti-phishing phrase once their e-mail is entered, on a device where
// they signed in before (the server answers only then, and never says whether an account
// exists).
(function () {
  "use strict";
  var email = document.getElementById("email");
  var out = document.getElementById("phrase");
  if (!email || !out || !window.fetch) { return; }
  function look() {
    var v = email.value.trim();
    if (v.indexOf("@") < 1) { out.hidden = true; return; }
    fetch("/signin/phrase?email=" + encodeURIComponent(v), { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : { phrase: null }; })
      .then(function (j) {
        if (j.phrase) { out.textContent = out.dataset.label + " «" + j.phrase + "»"; out.hidden = false; }
        else { out.hidden = true; }
      });
  }
  email.addEventListener("change", look);
  email.addEventListener("blur", look);
  if (email.value) { look(); }
})();
