import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fillTemplate, templateFromExample } from './message-template.ts';

describe('message templates', () => {
  it('fills known placeholders and leaves unknown ones as written', () => {
    assert.equal(fillTemplate('Kære {navn}, se {link} {ukendt}', { navn: 'Åse', link: 'https://x/i/abc' }), 'Kære Åse, se https://x/i/abc {ukendt}');
  });

  it('turns an example back into a template that fills to the same text', () => {
    const example = { navn: 'Ane Eksempel', topmøde: 'Topmøde om lokal udvikling', link: 'https://samskab.example/i/EKSEMPEL' };
    const text = 'Kære Ane Eksempel\nTopmøde om lokal udvikling er udsat.\nhttps://samskab.example/i/EKSEMPEL';
    const template = templateFromExample(text, example);
    assert.equal(template, 'Kære {navn}\n{topmøde} er udsat.\n{link}');
    assert.equal(fillTemplate(template, example), text);
  });
});
