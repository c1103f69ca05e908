/** The longest query the API accepts (a file of its own: the header's box needs it without the search page's state). */
export const maxQueryLength = 200;
