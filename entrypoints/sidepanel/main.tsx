import { i18n } from '#i18n';
import { render } from 'preact';
import '../../components/theme.css';
import './style.css';
import { getMessagesLanguage } from '../../utils/shared/ui-locale';
import { App } from './App';

// The page speaks the messages' language (index.html says "en" until this runs).
document.documentElement.lang = getMessagesLanguage();
document.title = i18n.t('common.appName');

render(<App />, document.getElementById('app')!);
