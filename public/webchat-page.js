// The customer page: asks this server for a conversation token, then runs Microsoft's Web Chat against
// ParcelCare's own Direct Line endpoint (no Azure). Web Chat's bundle is served from node_modules.
(function () {
  'use strict';
  var language = (navigator.language || 'zh-CN').toLowerCase();
  var locale = /^zh-(tw|hk|mo|hant)/.test(language) ? 'zh-TW' : language.indexOf('zh') === 0 ? 'zh-CN' : 'en-US';
  document.documentElement.lang = locale;

  var TEXT = {
    'zh-CN': { placeholder: '输入快递单号或您的问题…', failed: '暂时无法连接客服，请稍后刷新重试。' },
    'zh-TW': { placeholder: '輸入貨運單號或您的問題…', failed: '暫時無法連線客服，請稍後重新整理再試。' },
    'en-US': {
      placeholder: 'Type a tracking number or your question…',
      failed: 'Cannot reach customer service right now. Please refresh in a moment.',
    },
  }[locale];

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
