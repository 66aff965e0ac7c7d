import type { Messages } from './messages';

/** German messages: the product's first language. */
export const de: Messages = {
  'app.name': 'Teamrituale',

  'phase.focus': 'Fokuszeit',
  'phase.shortBreak': 'Kurze Pause',
  'phase.longBreak': 'Lange Pause',

  'status.ready': (phase) => `Bereit: ${phase}`,
  'status.running': (phase) => `${phase} läuft`,
  'status.paused': (phase) => `${phase} pausiert`,

  'focus.start': 'Starten',
  'focus.startPhase': (phase) => `${phase} starten`,
  'focus.pause': 'Pausieren',
  'focus.resume': 'Fortsetzen',
  'focus.skip': 'Überspringen',
  'focus.skipHint': 'Zur nächsten Phase springen',
  'focus.stop': 'Beenden',
  'focus.stopHint': 'Beenden und den Zyklus zurücksetzen',
  'focus.label': 'Aufgabe (optional)',
  'focus.labelPlaceholder': 'z. B. Vermerk entwerfen',
  'focus.remaining': (phase, clock) => `${phase}: noch ${clock}`,
  'focus.cycle': (done, every) => `Fokuszeit ${Math.min(done + 1, every)} von ${every} vor der langen Pause`,
  'focus.shortcut': (keys) => `Starten oder pausieren: ${keys}`,
  'focus.backgroundUnavailable': 'Der Timer ist nicht erreichbar. Bitte dieses Fenster schließen und erneut öffnen.',

  'announce.started': (phase, minutes) => `${phase} gestartet, ${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'}.`,
  'announce.paused': (phase, clock) => `${phase} pausiert, noch ${clock}.`,
  'announce.resumed': (phase) => `${phase} fortgesetzt.`,
  'announce.minutesLeft': (minutes) => `Noch ${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'}.`,
  'announce.ended': (phase, next) => `${phase} ist vorbei. Als Nächstes: ${next}.`,
  'announce.stopped': 'Timer beendet.',

  'stats.heading': 'Deine Fokuszeit',
  'stats.today': 'Heute',
  'stats.week': 'Diese Woche',
  'stats.sessions': (n) => `${n} ${n === 1 ? 'Einheit' : 'Einheiten'}`,
  'stats.minutes': (n) => `${n} Min.`,
  'stats.local': 'Nur auf diesem Gerät gespeichert.',

  'badge.title': (phase, minutes) => `${phase}: noch ${minutes} Min.`,
  'badge.titlePaused': (phase) => `${phase} pausiert`,

  'notify.focusOverTitle': 'Die Fokuszeit ist vorbei',
  'notify.focusOverMessage': (minutes, isLong) =>
    `Gut gemacht. Zeit für eine ${isLong ? 'lange ' : ''}Pause von ${minutes} Minuten.`,
  'notify.breakOverTitle': 'Die Pause ist vorbei',
  'notify.breakOverMessage': (minutes) => `Bereit für die nächste Fokuszeit von ${minutes} Minuten?`,
  'notify.startBreak': 'Pause starten',
  'notify.startFocus': 'Fokuszeit starten',

  'nav.settings': 'Einstellungen',

  'options.title': 'Teamrituale – Einstellungen',
  'options.timerHeading': 'Fokus-Timer',
  'options.focusMinutes': 'Dauer der Fokuszeit (Minuten)',
  'options.shortBreakMinutes': 'Kurze Pause (Minuten)',
  'options.longBreakMinutes': 'Lange Pause (Minuten)',
  'options.longBreakEvery': 'Lange Pause nach jeweils … Fokuszeiten',
  'options.sound': 'Am Ende einer Phase einen leisen Ton abspielen',
  'options.languageHeading': 'Sprache',
  'options.language': 'Sprache der Erweiterung',
  'options.languageAuto': 'Wie der Browser',
  'options.save': 'Einstellungen speichern',
  'options.saved': 'Einstellungen gespeichert.',
  'options.invalid': 'Es wurde nichts gespeichert. Bitte die markierten Felder korrigieren.',
  'options.saveFailed': 'Die Einstellungen konnten nicht gespeichert werden. Die bisherigen gelten weiter.',
  'options.errorNumber': 'Bitte eine Zahl eingeben.',
  'options.errorRange': (min, max) => `Bitte einen Wert von ${min} bis ${max} eingeben.`,
  'options.rangeHint': (min, max) => `Erlaubt: ${min} bis ${max}`,
  'options.errorWhole': 'Bitte eine ganze Zahl eingeben.',
  'options.statsHeading': 'Fokus-Statistik',
  'options.statsSummary': (sessions, minutes) =>
    `${sessions} abgeschlossene ${sessions === 1 ? 'Einheit' : 'Einheiten'}, ${minutes} Minuten Fokuszeit auf diesem Gerät gespeichert.`,
  'options.exportCsv': 'Als CSV exportieren',
  'options.exportJson': 'Als JSON exportieren',
  'options.clear': 'Statistik löschen …',
  'options.clearConfirmTitle': 'Gesamte Fokus-Statistik löschen?',
  'options.clearConfirmText':
    'Damit werden alle aufgezeichneten Fokuszeiten von diesem Gerät entfernt. Das lässt sich nicht rückgängig machen.',
  'options.clearConfirm': 'Löschen',
  'options.cancel': 'Abbrechen',
  'options.cleared': 'Statistik gelöscht.',

  'sync.online': 'Synchronisiert',
  'sync.connecting': 'Verbinde …',
  'sync.offline':
    'Offline. Alles ist auf diesem Gerät gespeichert und wird synchronisiert, sobald die Verbindung zurück ist.',
  'sync.pending': (n: number) => `${n} ${n === 1 ? 'Änderung' : 'Änderungen'} noch nicht synchronisiert`,
  'sync.retryNow': 'Jetzt erneut versuchen',
  'sync.error.unreachable':
    'Der Synchronisationsserver ist nicht erreichbar. Alles ist auf diesem Gerät gespeichert; neuer Versuch läuft.',
  'sync.error.board-deleted':
    'Dieses Board wurde gelöscht oder ist abgelaufen. Ihre Kopie auf diesem Gerät ist noch vorhanden.',
  'sync.error.no-access':
    'Dieser Link gibt keinen Zugang mehr zum Board. Bitten Sie das Team um einen neuen Einladungslink.',
  'sync.error.incompatible-version':
    'Der Synchronisationsserver verwendet eine andere Protokollversion. Bitte aktualisieren Sie die Erweiterung.',
  'sync.recovered':
    'Die Kopie auf diesem Gerät war beschädigt. Sie wurde verworfen, das Board wird vom Server geladen.',
  'sync.localSaveFailed':
    'Änderungen konnten auf diesem Gerät nicht gespeichert werden (Datenträger voll?). Sie werden trotzdem gesendet.',
  'sync.label': 'Verbindung',

  'error.storageCorrupt': 'Ein gespeicherter Eintrag war beschädigt und wurde auf die Standardwerte zurückgesetzt.',
};
