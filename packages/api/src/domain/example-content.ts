export interface ExampleText {
  userQuestion: string;
  profResponseSummary: string;
  outcome: string;
}

/** How a power-user example reads in the chat: the exchange, what came of it, and an open invitation. */
export function formatExample(example: ExampleText): string {
  return [
    'By the way — someone using Prof. OS just had this exchange:',
    `User: "${example.userQuestion}"`,
    `Prof. OS: "${example.profResponseSummary}"`,
    example.outcome,
    "That's what happens when I have context about YOUR training: actual coaching instead of just video recommendations. Up to you if you want to try it — tell me about your next session.",
  ].join('\n\n');
}
