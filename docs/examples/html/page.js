// The host page reacting to the widget's events. Events carry no answers: the reference
// number and the submission id are not personal data, so the page may show or log them.
const intake = document.querySelector('onestory-intake');
const status = document.querySelector('#host-status');

intake.addEventListener('onestory-submitted', (event) => {
  status.textContent = `Sent. Reference ${event.detail.reference}.`;
});
intake.addEventListener('onestory-error', (event) => {
  // `kind` is config, definition, submission or delivery; the widget shows the person what to do.
  status.textContent = `The form reported a ${event.detail.kind} problem.`;
});
