// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { render } from 'preact';
import '../../styles/base.css';
import './options.css';
import { AppStoreContext } from '../../stores/app-store';
import { createPageStore } from '../../stores/page-store';
import { OptionsApp } from './app';

const store = createPageStore();

render(
  <AppStoreContext.Provider value={store}>
    <OptionsApp />
  </AppStoreContext.Provider>,
  document.getElementById('app')!,
);
