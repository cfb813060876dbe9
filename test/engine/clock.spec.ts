// PSKMS_CLOCK_OFFSET (issue 13, item 8): a signed duration added to pskms's "now" in every front
// end, so that a deletion window can be tried in seconds; what the moved clock makes happen stays.
import { expect } from 'chai';
import { clockOffsetMs } from '../../src/engine/context.js';
import { pskms } from '../helpers/cli.js';
import { tempHome } from '../helpers/store.js';

describe('PSKMS_CLOCK_OFFSET', () => {
  it('reads signed durations in ms, s, m, h and d, and refuses anything else', () => {
    expect([clockOffsetMs('8d'), clockOffsetMs('-2h'), clockOffsetMs('+90s'), clockOffsetMs('15m'), clockOffsetMs('1500ms'), clockOffsetMs(undefined), clockOffsetMs('')])
      .to.deep.equal([8 * 86_400_000, -7_200_000, 90_000, 900_000, 1500, 0, 0]);
    for (const bad of ['8', 'd8', '1.5h', '8 days', '--1d']) expect(() => clockOffsetMs(bad), bad).to.throw(/PSKMS_CLOCK_OFFSET must be a signed duration/);
  });

  it('moves every front end\'s clock: a key scheduled for deletion is gone 8 days on, and stays gone', () => {
    const home = tempHome();
    const keyId = pskms(home, ['kms', 'create-key']).json().KeyMetadata.KeyId;
    pskms(home, ['kms', 'schedule-key-deletion', '--key-id', keyId, '--pending-window-in-days', '7']).json();
    // two days on, still pending; the reported dates are on the moved clock too
    const soon = pskms(home, ['kms', 'describe-key', '--key-id', keyId], { PSKMS_CLOCK_OFFSET: '2d' }).json().KeyMetadata;
    expect(soon.KeyState).to.equal('PendingDeletion');
    expect(pskms(home, ['Get-KMSKey', '-KeyId', keyId, '-Select', 'KeyMetadata.KeyState'], { PSKMS_CLOCK_OFFSET: '2d' }).stdout.trim()).to.equal('PendingDeletion');
    const gone = pskms(home, ['Get-KMSKey', '-KeyId', keyId], { PSKMS_CLOCK_OFFSET: '8d' });
    expect(gone.stderr).to.contain('NotFoundException');
    // back to today: the key was purged, so it does not come back
    expect(pskms(home, ['kms', 'describe-key', '--key-id', keyId]).code).to.equal(254);
    expect(pskms(home, ['kms', 'list-keys']).json().Keys).to.deep.equal([]);
  });

  it('a malformed offset stops the call with a clear message', () => {
    const res = pskms(tempHome(), ['kms', 'list-keys'], { PSKMS_CLOCK_OFFSET: 'next week' });
    expect([res.code, res.stderr.trim()]).to.deep.equal([255, "PSKMS_CLOCK_OFFSET must be a signed duration such as 8d, -2h, 90s or 1500ms, not 'next week'"]);
  });
});
