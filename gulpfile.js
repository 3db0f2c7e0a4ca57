// Copies what tsc does not: node/credential icons and the nodes' codex JSON files.
const path = require('path');
const { task, src, dest, parallel } = require('gulp');

function copyIcons() {
	return src('icons/*.{png,svg}').pipe(dest(path.resolve('dist', 'icons')));
}

function copyNodeAssets() {
	return src('nodes/**/*.{png,svg,json}').pipe(dest(path.resolve('dist', 'nodes')));
}

task('build:icons', parallel(copyIcons, copyNodeAssets));
