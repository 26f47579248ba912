import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_WORDS, lintEnglishArticle, lintEnglishProse, sentencesOf, wordCount } from './en-style';

const rules = (text: string, raw?: string) => lintEnglishProse(text, raw).map((i) => i.rule);
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('sentences', () => {
  it('split after full stops, question and exclamation marks', () => {
    expect(sentencesOf('Call 110. Then wait! Is it safe? Yes')).toEqual(['Call 110.', 'Then wait!', 'Is it safe?', 'Yes']);
    expect(sentencesOf('Pay 3.5 yuan. Done.')).toEqual(['Pay 3.5 yuan.', 'Done.']);
  });
  it('count words, not punctuation', () => {
    expect(wordCount('Call 110 – now, please.')).toBe(4);
    expect(wordCount('It says “当前交易异常。为了保障您的资金安全” here.')).toBe(4);
  });
});

describe('lintEnglishProse', () => {
  it(`accepts sentences of up to ${MAX_SENTENCE_WORDS} words and refuses longer ones`, () => {
    expect(rules(`${words(MAX_SENTENCE_WORDS)}.`)).toEqual([]);
    expect(rules(`${words(MAX_SENTENCE_WORDS + 1)}.`)).toEqual(['sentence-length']);
    expect(rules(`- ${words(MAX_SENTENCE_WORDS)}. ${words(MAX_SENTENCE_WORDS)}.`)).toEqual([]);
  });
  it('refuses link text that does not name its target', () => {
    for (const label of ['click here', 'Here', 'more', 'Read more', 'this page.']) {
      expect(rules(`See [${label}](/en/x/).`), label).toEqual(['link-text']);
    }
    expect(rules('Read [Scams aimed at visitors](/en/scams/).')).toEqual([]);
  });
  it('refuses Latin abbreviations, in any spelling, outside quoted messages', () => {
    for (const text of [
      'Use a card, e.g. Visa.',
      'Use a card, eg Visa.',
      'The ID, i.e. your passport.',
      'Cards, phones etc.',
      'Namely, viz. this.',
      'N.B. read this.',
    ]) {
      expect(rules(text), text).toEqual(['latin']);
    }
    expect(rules('Use a card, for example Visa. The egg, the tie and the etcher.')).toEqual([]);
    expect(rules('The app says “eg”.')).toEqual([]);
  });
});

describe('lintEnglishArticle', () => {
  it('checks the title, the description and the body, naming file and line', () => {
    const source = ['---', 'title: Cards etc.', 'description: A description.', '---', '', 'Fine text.', '', 'See [here](/en/x/).', ''].join(
      '\n',
    );
    expect(lintEnglishArticle('x.mdx', source).map((p) => `${p.file}:${p.line} ${p.rule}`)).toEqual(['x.mdx:1 latin', 'x.mdx:8 link-text']);
  });
});
