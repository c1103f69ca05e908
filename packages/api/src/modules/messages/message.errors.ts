/** Domain error codes of messages, each with the description partners read in the schema. */
export const messagesErrorCodes = {
  MESSAGING_NOT_ALLOWED:
    'You cannot write here: `reason` says why (an expert writes first only to people who booked with them, a blocked conversation, your own profile…).',
  PROPOSAL_NOT_POSSIBLE: 'This proposal cannot be made: the slot is not one of your open slots, or you are not available now for help.',
} as const;
