/** The only door to the API's types for the SPA and the tests: typed documents generated from operations/. */
export * from './generated/graphql';
