// The extension API as seen from the popup page inside page.evaluate().
declare const chrome: {
  runtime: { sendMessage<T = never>(message: unknown): Promise<T> };
};
