import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isPersonalWebmail } from '@onestory/core/answers';

// A professional's "secure email for replies" that is personal webmail gets a warning (issue 20).
describe('isPersonalWebmail', () => {
  it('knows the common free webmail providers, whatever the case and spacing', () => {
    for (const email of ['dee@gmail.com', 'Dee@Outlook.com', ' dee@hotmail.co.uk ', 'dee@yahoo.co.uk', 'dee@icloud.com', 'dee@live.co.uk']) {
      assert.equal(isPersonalWebmail(email), true, email);
    }
  });
  it('leaves work addresses (and anything that is not text) alone', () => {
    for (const email of ['dee.morgan@npt.gov.uk', 'dee@nhs.net', 'dee@gmail.example.gov.uk', 'dee@outlook-care.org.uk', undefined, 42]) {
      assert.equal(isPersonalWebmail(email), false, String(email));
    }
  });
});
