import classes from './OneRowTabs.module.css';

/** Mantine `Tabs` class names that keep the tab list on one row on a phone (OneRowTabs.module.css says how). */
export const oneRowTabs = { list: classes.list, tab: classes.tab };
