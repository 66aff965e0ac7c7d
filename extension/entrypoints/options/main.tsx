// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { render } from 'preact';
import '../../styles/base.css';
import './options.css';
import { AppStoreContext } from '../../stores/app-store';
import { createLoadedPageStore } from '../../stores/page-store';
import { OptionsApp } from './app';

// Rendered once the stored settings are read: the first paint is the settings, not an empty page.
void createLoadedPageStore().then((store) =>
  render(
    <AppStoreContext.Provider value={store}>
      <OptionsApp />
    </AppStoreContext.Provider>,
    document.getElementById('app')!,
  ),
);
