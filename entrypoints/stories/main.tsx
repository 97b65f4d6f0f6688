import { i18n } from '#i18n';
import { render } from 'preact';
import '../../components/theme.css';
import { getMessagesLanguage } from '../../utils/shared/ui-locale';
import './style.css';
import { App } from './App';

document.documentElement.lang = getMessagesLanguage();
document.title = i18n.t('stories.title');
render(<App />, document.getElementById('app')!);
