// Registers every field element. Importing this file (or one element's *.define.js) is
// the only side effect the field elements have.
import './text/text.define.js';
import './textarea/textarea.define.js';
import './number/number.define.js';
import './money/money.define.js';
import './phone/phone.define.js';
import './email/email.define.js';
import './radios/radios.define.js';
import './checkboxes/checkboxes.define.js';
import './select/select.define.js';
import './date/date.define.js';
import './name/name.define.js';
import './address/address.define.js';
import './safe-contact/safe-contact.define.js';
import './checklist/checklist.define.js';
import './household/household.define.js';
