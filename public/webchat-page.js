// The customer page: asks this server for a conversation token, then runs Microsoft's Web Chat against
// ParcelCare's own Direct Line endpoint (no Azure). Web Chat's bundle is served from node_modules.
(function () {
  'use strict';
  var language = (navigator.language || 'zh-CN').toLowerCase();
  var locale = /^zh-(tw|hk|mo|hant)/.test(language) ? 'zh-TW' : language.indexOf('zh') === 0 ? 'zh-CN' : 'en-US';
  document.documentElement.lang = locale;

  var TEXT = {
    'zh-CN': {
      placeholder: '输入快递单号或您的问题…',
      failed: '暂时无法连接客服，请稍后刷新重试。',
      tooLong: '太长了，请分几条发送',
      charsLeft: '还可输入 {n} 个字符',
      charsOver: '超出上限 {n} 个字符，请分几条发送',
    },
    'zh-TW': {
      placeholder: '輸入貨運單號或您的問題…',
      failed: '暫時無法連線客服，請稍後重新整理再試。',
      tooLong: '太長了，請分幾則傳送',
      charsLeft: '還可輸入 {n} 個字元',
      charsOver: '超出上限 {n} 個字元，請分幾則傳送',
    },
    'en-US': {
      placeholder: 'Type a tracking number or your question…',
      failed: 'Cannot reach customer service right now. Please refresh in a moment.',
      tooLong: 'too long: send it in parts',
      charsLeft: '{n} characters left',
      charsOver: '{n} characters over the limit: send it in parts',
    },
  }[locale];
  var number = new Intl.NumberFormat(locale);

  /**
   * The message length as the customer types, e.g. "1,850 / 2,000", under the send box: the limit the server
   * reads (a longer message is answered with what to do, not read). Screen readers hear it once when it gets near
   * the limit and once when it goes over (a polite live region), not at every keystroke.
   */
  function lengthCounter(limit) {
    var counter = document.getElementById('message-length');
    var announcer = document.getElementById('message-length-announcement');
    var level = 'ok';
    return function show(length) {
      var next = length > limit ? 'over' : length >= limit * 0.9 ? 'near' : 'ok';
      counter.hidden = length === 0;
      counter.className = 'message-length ' + next;
      counter.textContent =
        number.format(length) + ' / ' + number.format(limit) + (next === 'over' ? ' — ' + TEXT.tooLong : '');
      if (next !== level && next !== 'ok') {
        var template = next === 'over' ? TEXT.charsOver : TEXT.charsLeft;
        announcer.textContent = template.replace('{n}', number.format(Math.abs(limit - length)));
      }
      level = next;
    };
  }

  /**
   * Web Chat store middleware: counts the send box's text as it changes. A message sent over the limit is answered
   * by the bot with what to do; its text goes back into the send box, so the customer can split it.
   */
  function lengthMiddleware(limit) {
    var show = lengthCounter(limit);
    var overLong = null;
    return function () {
      return function (next) {
        return function (action) {
          if (action.type === 'WEB_CHAT/SEND_MESSAGE' && action.payload && action.payload.text.length > limit) {
            overLong = action.payload.text;
          } else if (action.type === 'WEB_CHAT/SET_SEND_BOX') {
            if (overLong !== null && action.payload.text === '') {
              action = { type: action.type, meta: action.meta, payload: { text: overLong } };
            }
            overLong = null;
            show(action.payload.text.length);
          }
          return next(action);
        };
      };
    };
  }

  // Web Chat reads the bot's text as Markdown, where a single line break only separates words (markdown-it with
  // `breaks: false`): a reply written one fact per line would run together. Each line break becomes a Markdown
  // hard break before Web Chat's own renderer (and sanitiser) turns it into HTML; blank lines still part paragraphs.
  function renderMarkdownKeepingLineBreaks(markdown, newLineOptions, linkOptions) {
    var withBreaks = String(markdown).replace(/([^\n])\n(?=[^\n])/g, '$1  \n');
    return window.WebChat.renderMarkdown(withBreaks, newLineOptions, linkOptions);
  }

  function showStatus(message) {
    var status = document.getElementById('status');
    status.textContent = message;
    status.hidden = false;
  }

  fetch('/webchat/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    .then(function (response) {
      if (!response.ok) throw new Error('token ' + response.status);
      return response.json();
    })
    .then(function (session) {
      var directLine = window.WebChat.createDirectLine({
        token: session.token,
        domain: window.location.origin + '/v3/directline',
        webSocket: true,
      });
      window.WebChat.renderWebChat(
        {
          directLine: directLine,
          store: window.WebChat.createStore({}, lengthMiddleware(session.maxMessageChars)),
          userID: session.userId,
          locale: locale,
          renderMarkdown: renderMarkdownKeepingLineBreaks,
          styleOptions: {
            accent: '#c2410c',
            // An SVG shipped with the page: an emoji avatar is an empty box where no emoji font is installed.
            botAvatarImage: '/static/icons/bot-avatar.svg',
            botAvatarInitials: 'PC',
            userAvatarInitials: '',
            hideUploadButton: false,
            sendBoxTextWrap: true,
            suggestedActionLayout: 'flow',
            bubbleBorderRadius: 12,
            bubbleFromUserBorderRadius: 12,
            bubbleFromUserBackground: '#fff0e6',
            maxMessageLength: session.maxMessageChars,
          },
          overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: TEXT.placeholder },
        },
        document.getElementById('webchat'),
      );
      window.parcelcareConversationId = session.conversationId;
    })
    .catch(function () {
      showStatus(TEXT.failed);
    });
})();
