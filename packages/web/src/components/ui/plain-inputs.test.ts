import { MantineProvider, NativeSelect, TextInput } from '@mantine/core';
import { createElement as h, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PlainSelect, PlainTextInput } from './PlainInputs';

/** Markup as the browser gets it, less what differs by design: generated ids, responsive-width styles, the chevron's own class. */
function markup(element: ReactElement): string {
  return renderToStaticMarkup(h(MantineProvider, { withCssVariables: false, withGlobalClasses: false }, element))
    .replace(/<style[^>]*>.*?<\/style>/g, '')
    .replace(/ id="[^"]*"/g, '')
    .replace(/ __m__-\S+(?=")/g, '')
    .replace(/<svg[^>]*>/g, '<svg>');
}

const languages = [
  { value: 'en', label: 'English' },
  { value: 'fr', label: 'Français' },
];

describe("the header's plain inputs", () => {
  it('render what Mantine’s TextInput renders, so the search box looks the same before and after its suggestions load', () => {
    const props = { name: 'q', placeholder: 'What do you need help with?', 'aria-label': 'Search', value: 'guitar', onChange: () => {} };
    expect(markup(h(PlainTextInput, props))).toBe(markup(h(TextInput, { ...props, radius: 'xl' })));
  });

  it('render what Mantine’s NativeSelect renders, chevron included', () => {
    const props = { 'aria-label': 'Language', value: 'fr', onChange: () => {}, data: languages };
    expect(markup(h(PlainSelect, props))).toBe(markup(h(NativeSelect, props)));
  });
});
