// Sends on a form that needed a step-up check, as it was typed (templates/account/send_on.html).
"use strict";
(function () {
  var form = document.getElementById("send-on");
  if (form) { form.submit(); }
})();
