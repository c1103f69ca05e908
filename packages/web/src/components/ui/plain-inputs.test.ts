import { ActionIcon, MantineProvider, NativeSelect, TextInput } from '@mantine/core';
import { createElement as h, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { theme } from '../../theme';
import { PlainIconButton } from './PlainIconButton';
import { PlainSelect, PlainTextInput } from './PlainInputs';

/** Markup as the browser gets it, less what differs by design: generated ids, responsive-width styles, the chevron's own class. */
function markup(element: ReactElement): string {
  return renderToStaticMarkup(h(MantineProvider, { theme, withCssVariables: false, withGlobalClasses: false }, element))
    .replace(/<style[^>]*>.*?<\/style>/g, '')
    .replace(/ id="[^"]*"/g, '')
    .replace(/ __m__-\S+(?=")/g, '')
    .replace(/<svg[^>]*>/g, '<svg>');
}

const languages = [
  { value: 'en', label: 'English' },
  { value: 'fr', label: 'Français' },
];

describe("the header's plain inputs and button", () => {
  it('render what Mantine’s TextInput renders, so the search box looks the same before and after its suggestions load', () => {
    const props = { name: 'q', placeholder: 'What do you need help with?', 'aria-label': 'Search', value: 'guitar', onChange: () => {} };
    expect(markup(h(PlainTextInput, props))).toBe(markup(h(TextInput, { ...props, radius: 'xl' })));
  });

  it('render what Mantine’s NativeSelect renders, chevron included', () => {
    const props = { 'aria-label': 'Language', value: 'fr', onChange: () => {}, data: languages };
    expect(markup(h(PlainSelect, props))).toBe(markup(h(NativeSelect, props)));
  });

  it('render what Mantine’s ActionIcon renders, so the phone’s search button looks as it did', () => {
    const props = { className: 'toggle', 'aria-label': 'Search', 'aria-expanded': false, onClick: () => {} };
    const icon = h('svg', { viewBox: '0 0 24 24' });
    expect(markup(h(PlainIconButton, props, icon))).toBe(
      markup(h(ActionIcon<'button'>, { ...props, component: 'button', variant: 'subtle', color: 'gray', size: 'xl' }, icon)),
    );
  });
});
