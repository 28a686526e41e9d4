import { runContent } from '../../lib/content/run';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  // about:blank, srcdoc and blob frames run the script with their creator's origin
  matchOriginAsFallback: { chrome: true },
  runAt: 'document_end',
  main(ctx) {
    void runContent(window, ctx.signal);
  },
});
