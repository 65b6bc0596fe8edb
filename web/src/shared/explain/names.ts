// The core's catalogue names as a trader reads them: the one preset named after this project's
// source text, and the one convention labelled with a third-party project, are said plainly.

export function publicName(text: string): string {
  return text.replace(/\(reproduces the seed example\)/, '(reproduces the guide’s risk example)').replace(/\(OctoBot, BTCMEX\)/, '(BTCMEX)');
}
