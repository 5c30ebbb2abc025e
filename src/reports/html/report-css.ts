/**
 * The report's only style sheet, inlined (the Content-Security-Policy allows inline styles only). Print
 * rules follow CSS Paged Media and CSS Fragmentation: A4 pages, a new page before each section, table
 * header rows repeated on each page, rows and figures kept whole.
 */
export const REPORT_CSS = `
*{box-sizing:border-box}
html{color:#1a1a1a;background:#fff}
body{font-family:"Helvetica Neue",Helvetica,Arial,sans-serif;font-size:10.5pt;line-height:1.45;max-width:62rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.6em;margin:1.2em 0 .5em}
h2{font-size:1.25em;margin:1.2em 0 .4em}
h3{font-size:1.05em;margin:1em 0 .3em}
h1,h2,h3{break-after:avoid;page-break-after:avoid}
p{margin:.5em 0}
table{border-collapse:collapse;width:100%;margin:.75em 0;font-size:.9em}
th,td{border:1px solid #8c8c8c;padding:.3em .45em;text-align:left;vertical-align:top;overflow-wrap:break-word}
thead th{background:#e8e8e8}
thead{display:table-header-group}
tr,figure,.callout,dl.fields{break-inside:avoid;page-break-inside:avoid}
.callout{border-left:5px solid #555;background:#f4f4f4;padding:.5em .8em;margin:.8em 0}
.callout ul{margin:.4em 0 0}
.callout-template{border-color:#1f4e8c}
.callout-action{border-color:#a86400}
.callout-warning{border-color:#a61b1b}
.callout-label{font-weight:bold}
dl.fields{break-after:avoid;page-break-after:avoid;display:grid;grid-template-columns:max-content 1fr;gap:.15em 1em;margin:.6em 0}
dl.fields dt{font-weight:bold}
dl.fields dd{margin:0}
nav.contents ul{list-style:none;padding-left:0}
nav.contents .toc-2{padding-left:1.5em}
figure.chart{margin:1em 0}
figure.chart svg{display:block;max-width:100%;height:auto}
figcaption{font-size:.9em;color:#333;margin-top:.3em}
.draft-banner{border:2px solid #a61b1b;color:#a61b1b;font-weight:bold;text-align:center;padding:.4em;letter-spacing:.08em}
.draft-mark{position:fixed;top:45%;left:0;right:0;text-align:center;font:bold 110pt/1 Helvetica,Arial,sans-serif;color:rgba(166,27,27,.08);transform:rotate(-30deg);pointer-events:none;z-index:-1}
.page-break{break-before:page;page-break-before:always;height:0}
@page{size:A4;margin:18mm 15mm}
@media screen{.page-break{border-top:1px dashed #bbb;margin:2.5em 0}}
@media print{body{max-width:none;padding:0;font-size:9.5pt}a{color:inherit;text-decoration:none}}
`;
