import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mailTexts } from '../mail-texts.ts';
import { danishMailTexts } from './danish-mail-texts.ts';

describe('registration mail of a postponed summit', () => {
  it('says the date follows instead of naming the old date', async () => {
    const invitationMail = danishMailTexts.invitation;
    const summit = { id: 's', title: 'T', startsAt: '2027-04-01T07:00:00.000Z', venue: '', organiser: 'K' };
    const to = { name: 'A', email: 'a@example.dk' };
    assert.match(invitationMail(summit, to, 'http://x/i/abc', '2027-03-01T00:00:00.000Z', null).bodyText, /april 2027/);
    const postponed = invitationMail({ ...summit, status: 'postponed' }, to, 'http://x/i/abc', '2027-03-01T00:00:00.000Z', null).bodyText;
    assert.match(postponed, /Tid: dato følger/);
    assert.doesNotMatch(postponed, /april 2027/);
  });
});

describe('mail texts in each language', () => {
  const summit = { id: 's', title: 'Topmødet', startsAt: '2027-04-01T12:30:00.000Z', venue: 'Rådhuset', organiser: 'Kommunen' };
  const to = { name: 'Ane', email: 'ane@example.dk' };

  it('writes English mail in English, with English dates in Copenhagen time', () => {
    const mail = mailTexts.en.invitation(summit, to, 'http://x/i/abc', '2027-03-01T00:00:00.000Z', null);
    assert.match(mail.bodyText, /^Dear Ane/);
    assert.match(mail.bodyText, /Thursday, 1 April 2027 at 14:30/);
    assert.equal(mail.language, 'en');
  });

  it('gives every kind the same message kind in both languages, so a person page lists them alike', () => {
    const kinds = (texts: typeof mailTexts.da) => [
      texts.invitation(summit, to, 'l', '2027-03-01T00:00:00.000Z', null), texts.waitlisted(summit, to, null),
      texts.confirmation(summit, to, 'l'), texts.postponed(summit, to, '', '', null), texts.rescheduled(summit, to, '2027-03-01T00:00:00.000Z', 'l', true),
      texts.reconfirmReminder(summit, to, '2027-03-01T00:00:00.000Z', 'l'), texts.seatLost(summit, to), texts.cancelled(summit, to, ''),
      texts.interestReceipt(summit, to, 'Forum'), texts.interestAccepted(summit, to, 'Forum', false), texts.interestDeclined(summit, to, 'Forum', ''),
      texts.missingOnTheDay(summit, to, { subject: '', body: 'Hej' }),
    ].map((m) => m.kind);
    assert.deepEqual(kinds(mailTexts.en), kinds(mailTexts.da));
  });
});
