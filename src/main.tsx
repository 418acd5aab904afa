import { mountApp } from './app/mount-app';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
mountApp(root);
