import { runContent } from '../../lib/content/run';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_end',
  main(ctx) {
    void runContent(window, ctx.signal);
  },
});
