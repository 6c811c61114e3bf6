// The field elements a first page seldom needs: the CDN file loads this as a part of its
// own as soon as it runs (more-fields.load.cdn.ts), so they are defined while the first
// page is read. Until then an element on screen is a plain element that upgrades, with
// every property the intake gave it, the moment it is defined.
import './textarea/textarea.define.js';
import './number/number.define.js';
import './money/money.define.js';
import './phone/phone.define.js';
import './email/email.define.js';
import './select/select.define.js';
import './date/date.define.js';
import './name/name.define.js';
import './address/address.define.js';
import './safe-contact/safe-contact.define.js';
import './checklist/checklist.define.js';
import './household/household.define.js';
