<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hy">
<context>
    <name>ka::EventDetailsPanel</name>
    <message>
        <source>Place known only approximately:</source>
        <translation>Վայրը հայտնի է միայն մոտավորապես՝</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Վայրը՝</translation>
    </message>
    <message>
        <source>Fatalities:</source>
        <translation>Զոհեր՝</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventdetailspanel.cpp" line="9"/>
        <source>Event details</source>
        <translation>Իրադարձության մանրամասներ</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventdetailspanel.cpp" line="10"/>
        <source>Select an event in the table, on the map or with the event buttons.</source>
        <translation>Ընտրեք իրադարձություն աղյուսակում, քարտեզի վրա կամ իրադարձությունների կոճակներով։</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventdetailspanel.cpp" line="40"/>
        <source>always</source>
        <translation>միշտ</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventdetailspanel.cpp" line="43"/>
        <source>from %1 until %2</source>
        <translation>ժամկետ՝ %1 – %2</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventdetailspanel.cpp" line="44"/>
        <source>the start</source>
        <translation>սկիզբ</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventdetailspanel.cpp" line="45"/>
        <source>now</source>
        <translation>այժմ</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventdetailspanel.cpp" line="64"/>
        <source> (%1 precision: %2 to %3)</source>
        <translation> (ճշտությունը՝ %1, %2 – %3)</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventdetailspanel.cpp" line="77"/>
        <source>Source:</source>
        <translation>Աղբյուր՝</translation>
    </message>
    <message>
        <source>This took place in %1, far outside the map; the map stays where it is.</source>
        <translation>Վայրը՝ %1, քարտեզից շատ դուրս․ քարտեզը մնում է իր տեղում։</translation>
    </message>
    <message>
        <source>Go there</source>
        <translation>Գնալ այնտեղ</translation>
    </message>
</context>
<context>
    <name>ka::EventTableModel</name>
    <message>
        <location filename="../../app/panels/eventtablemodel.cpp" line="90"/>
        <source>Date</source>
        <translation>Ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventtablemodel.cpp" line="92"/>
        <source>Category</source>
        <translation>Կատեգորիա</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventtablemodel.cpp" line="94"/>
        <source>Event</source>
        <translation>Իրադարձություն</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventtablemodel.cpp" line="96"/>
        <source>Place</source>
        <translation>Վայր</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventtablemodel.cpp" line="98"/>
        <source>Source</source>
        <translation>Աղբյուր</translation>
    </message>
</context>
<context>
    <name>ka::EventTablePanel</name>
    <message>
        <location filename="../../app/panels/eventtablepanel.cpp" line="25"/>
        <source>Filter events: title, summary, place, source…</source>
        <translation>Զտել իրադարձությունները՝ վերնագիր, ամփոփում, վայր, աղբյուր…</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventtablepanel.cpp" line="27"/>
        <source>Event categories</source>
        <translation>Իրադարձությունների կատեգորիաներ</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventtablepanel.cpp" line="49"/>
        <source>Events</source>
        <translation>Իրադարձություններ</translation>
    </message>
</context>
<context>
    <name>ka::ExportDialog</name>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="42"/>
        <location filename="../../app/export/exportdialog.cpp" line="362"/>
        <source>Export Map</source>
        <translation>Քարտեզի արտահանում</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="62"/>
        <source>PNG image</source>
        <translation>PNG պատկեր</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="63"/>
        <source>JPEG image</source>
        <translation>JPEG պատկեր</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="64"/>
        <source>SVG drawing (vector, text as text)</source>
        <translation>SVG գծագիր (վեկտորային, տեքստը՝ որպես տեքստ)</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="65"/>
        <source>PDF document (vector, selectable text)</source>
        <translation>PDF փաստաթուղթ (վեկտորային, ընտրելի տեքստ)</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="66"/>
        <source>&amp;Format:</source>
        <translation>&amp;Ձևաչափ՝</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="69"/>
        <source>1920 × 1080</source>
        <translation>1920 × 1080</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="69"/>
        <source>1080 × 1080</source>
        <translation>1080 × 1080</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="69"/>
        <source>A4 at 300 dpi</source>
        <translation>A4, 300 dpi</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="69"/>
        <source>Custom</source>
        <translation>Այլ</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="74"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="78"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="85"/>
        <source>Size:</source>
        <translation>Չափ՝</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="93"/>
        <source>Landscape</source>
        <translation>Հորիզոնական</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="94"/>
        <source>Portrait</source>
        <translation>Ուղղահայաց</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="99"/>
        <source>Page:</source>
        <translation>Էջ՝</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="106"/>
        <source>&amp;Title:</source>
        <translation>&amp;Վերնագիր՝</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="108"/>
        <source>Title and date</source>
        <translation>Վերնագիր և ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="109"/>
        <source>Legend</source>
        <translation>Պայմանական նշաններ</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="110"/>
        <source>Scale bar</source>
        <translation>Մասշտաբագիծ</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="111"/>
        <source>North arrow</source>
        <translation>Հյուսիսի սլաք</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="112"/>
        <source>Attribution</source>
        <translation>Աղբյուրների նշում</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="113"/>
        <source>Locator map</source>
        <translation>Տեղորոշման քարտեզ</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="117"/>
        <source>Layout:</source>
        <translation>Ձևավորում՝</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="119"/>
        <source>Frame &amp;sequence (one file per step)</source>
        <translation>Կադրերի &amp;հաջորդականություն (մեկ ֆայլ ամեն քայլի համար)</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="128"/>
        <source>1 day</source>
        <translation>1 օր</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="129"/>
        <source>1 week</source>
        <translation>1 շաբաթ</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="130"/>
        <source>1 month</source>
        <translation>1 ամիս</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="131"/>
        <source>each event date</source>
        <translation>յուրաքանչյուր իրադարձության ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="133"/>
        <source>From</source>
        <translation>Սկսած</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="135"/>
        <source>to</source>
        <translation>մինչև</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="137"/>
        <source>every</source>
        <translation>քայլ</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="141"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Ընտրել…</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="163"/>
        <source>&amp;Export</source>
        <translation>&amp;Արտահանել</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="164"/>
        <source>&amp;Copy Map to Clipboard</source>
        <translation>&amp;Պատճենել քարտեզը սեղմատախտակին</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="171"/>
        <source>Output:</source>
        <translation>Ելք՝</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="269"/>
        <source>The map fills the page; text and lines at print size.</source>
        <translation>Քարտեզը լրացնում է էջը․ տեքստն ու գծերը՝ տպագրական չափով։</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="270"/>
        <source>Drawn like a %1 × %2 window at %3 dpi.</source>
        <translation>Գծված է ինչպես %1 × %2 պատուհան՝ %3 dpi-ով։</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="361"/>
        <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG պատկեր (*.png);;JPEG պատկեր (*.jpg *.jpeg);;SVG գծագիր (*.svg);;PDF փաստաթուղթ (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="400"/>
        <source>Choose an output file.</source>
        <translation>Ընտրեք ելքային ֆայլ։</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="408"/>
        <source>No frame between %1 and %2.</source>
        <translation>%1-ի և %2-ի միջև կադր չկա։</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="423"/>
        <source>Saved %1</source>
        <translation>Պահպանված է՝ %1</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="431"/>
        <source>Map copied to the clipboard</source>
        <translation>Քարտեզը պատճենվեց սեղմատախտակին</translation>
    </message>
</context>
<context>
    <name>ka::FrameSequenceRunner</name>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="39"/>
        <source>Writing %1 frames…</source>
        <translation>%1 կադրերի գրառում…</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="39"/>
        <location filename="../../app/export/framesequencerunner.cpp" line="148"/>
        <source>Cancel</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="40"/>
        <location filename="../../app/export/framesequencerunner.cpp" line="79"/>
        <location filename="../../app/export/framesequencerunner.cpp" line="123"/>
        <source>Export Frames</source>
        <translation>Կադրերի արտահանում</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="83"/>
        <source>Wrote %1 frames</source>
        <translation>Գրառվեց %1 կադր</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="127"/>
        <source>The frames are written. To make a video, install ffmpeg and run:

%1

or, for a GIF:

%2</source>
        <translation>Կադրերը գրառված են։ Տեսանյութ ստանալու համար տեղադրեք ffmpeg-ը և գործարկեք՝

%1

կամ GIF-ի համար՝

%2</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="133"/>
        <source>The frames are written. Assemble them with ffmpeg?</source>
        <translation>Կադրերը գրառված են։ Հավաքե՞լ դրանք ffmpeg-ով։</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="134"/>
        <source>Make MP4</source>
        <translation>Ստեղծել MP4</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="135"/>
        <source>Make GIF</source>
        <translation>Ստեղծել GIF</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="148"/>
        <source>Assembling %1 with ffmpeg…</source>
        <translation>%1-ի հավաքում ffmpeg-ով…</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="149"/>
        <location filename="../../app/export/framesequencerunner.cpp" line="186"/>
        <source>Export Video</source>
        <translation>Տեսանյութի արտահանում</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="183"/>
        <source>Wrote %1</source>
        <translation>Գրառվեց՝ %1</translation>
    </message>
</context>
<context>
    <name>ka::LayerPanel</name>
    <message>
        <location filename="../../app/panels/layerpanel.cpp" line="15"/>
        <source>Layer</source>
        <translation>Շերտ</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerpanel.cpp" line="15"/>
        <source>Shown</source>
        <translation>Ցուցադրված</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerpanel.cpp" line="20"/>
        <source>Layers</source>
        <translation>Շերտեր</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerpanel.cpp" line="85"/>
        <source>%1 of %2 features at %3</source>
        <translation>%2 օբյեկտից %1-ը՝ %3-ին</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 և ևս %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Աղբյուր՝ %1</translation>
    </message>
    <message>
        <source>about %1 m</source>
        <translation>մոտ %1 մ</translation>
    </message>
    <message>
        <source>%1 to %2 m</source>
        <translation>%1-ից %2 մ</translation>
    </message>
    <message>
        <source>Accuracy: %1</source>
        <translation>Ճշգրտություն՝ %1</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(առանց կատեգորիայի)</translation>
    </message>
    <message>
        <source>Events of the category “%1”</source>
        <translation>«%1» կատեգորիայի իրադարձությունները</translation>
    </message>
</context>
<context>
    <name>ka::MainActions</name>
    <message>
        <source>Add &amp;PostGIS Layer…</source>
        <translation>Ավելացնել &amp;PostGIS շերտ…</translation>
    </message>
    <message>
        <source>Add a table or view of a PostgreSQL/PostGIS database, read per view from the server</source>
        <translation>Ավելացնել PostgreSQL/PostGIS տվյալների բազայի աղյուսակ կամ դիտում. տվյալները կարդացվում են սերվերից՝ տեսանելի տարածքի համար</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="31"/>
        <source>&amp;Open Scenario…</source>
        <translation>&amp;Բացել սցենար…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="32"/>
        <source>Open a scenario file, replacing the current one</source>
        <translation>Բացել սցենարի ֆայլ՝ փոխարինելով ընթացիկը</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="34"/>
        <source>&amp;Add Data…</source>
        <translation>&amp;Ավելացնել տվյալներ…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="34"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="34"/>
        <source>Add any GDAL vector source as layers</source>
        <translation>Ավելացնել ցանկացած GDAL վեկտորային աղբյուր որպես շերտեր</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="35"/>
        <source>&amp;Export…</source>
        <translation>&amp;Արտահանել…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="35"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="36"/>
        <source>Save the map with title, legend and credits as PNG, JPEG, SVG or PDF, or a frame sequence</source>
        <translation>Պահպանել քարտեզը վերնագրով, պայմանական նշաններով և աղբյուրներով՝ որպես PNG, JPEG, SVG կամ PDF, կամ կադրերի հաջորդականություն</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="38"/>
        <source>&amp;Copy Map</source>
        <translation>&amp;Պատճենել քարտեզը</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="38"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="38"/>
        <source>Copy the map image to the clipboard</source>
        <translation>Պատճենել քարտեզի պատկերը սեղմատախտակին</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="39"/>
        <source>&amp;Quit</source>
        <translation>&amp;Ելք</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="42"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Խոշորացնել</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="43"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Մանրացնել</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="45"/>
        <source>&amp;Zoom to Scenario</source>
        <translation>Ցույց տալ ամբողջ &amp;սցենարը</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="45"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="45"/>
        <source>Show the scenario&apos;s initial view</source>
        <translation>Ցույց տալ սցենարի սկզբնական տեսքը</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="47"/>
        <source>&amp;English names</source>
        <translation>&amp;Անգլերեն անվանումներ</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="48"/>
        <source>&amp;Armenian names</source>
        <translation>&amp;Հայերեն անվանումներ</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="48"/>
        <source>A&amp;zerbaijani names</source>
        <translation>Ա&amp;դրբեջաներեն անվանումներ</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="49"/>
        <source>&amp;Both local names</source>
        <translation>&amp;Երկու տեղական անվանումները</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="58"/>
        <source>&amp;System Language</source>
        <translation>&amp;Համակարգի լեզուն</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="68"/>
        <source>&amp;Previous Event</source>
        <translation>&amp;Նախորդ իրադարձություն</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="68"/>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="69"/>
        <source>&amp;Next Event</source>
        <translation>&amp;Հաջորդ իրադարձություն</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="69"/>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="71"/>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Նվագարկել / դադար</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="71"/>
        <source>Play time forward or pause</source>
        <translation>Առաջ տանել ժամանակը կամ դադարեցնել</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="72"/>
        <source>Step &amp;Back</source>
        <translation>Քայլ &amp;հետ</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="72"/>
        <source>[</source>
        <translation>[</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="72"/>
        <source>Step back by the timeline&apos;s unit</source>
        <translation>Քայլ հետ՝ ժամանակագծի միավորով</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="74"/>
        <source>Step &amp;Forward</source>
        <translation>Քայլ &amp;առաջ</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="74"/>
        <source>]</source>
        <translation>]</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="74"/>
        <source>Step forward by the timeline&apos;s unit</source>
        <translation>Քայլ առաջ՝ ժամանակագծի միավորով</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="75"/>
        <source>&amp;Go to Date…</source>
        <translation>&amp;Անցնել ամսաթվին…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="75"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="75"/>
        <source>Type a date</source>
        <translation>Մուտքագրեք ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="77"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Ստեղնաշարի դյուրանցումներ</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="77"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="78"/>
        <source>&amp;About Karabakh Atlas</source>
        <translation>&amp;Karabakh Atlas-ի մասին</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="84"/>
        <source>&amp;File</source>
        <translation>&amp;Ֆայլ</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="91"/>
        <source>&amp;View</source>
        <translation>&amp;Տեսք</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="98"/>
        <source>Interface &amp;Language</source>
        <translation>Միջերեսի &amp;լեզուն</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="102"/>
        <source>Interface Language</source>
        <translation>Միջերեսի լեզուն</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="103"/>
        <source>The interface will be in %1 from the next start of Karabakh Atlas.</source>
        <translation>Karabakh Atlas-ի հաջորդ գործարկումից միջերեսի լեզուն կլինի՝ %1։</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="107"/>
        <source>&amp;Time</source>
        <translation>&amp;Ժամանակ</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="110"/>
        <source>&amp;Help</source>
        <translation>&amp;Օգնություն</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="123"/>
        <source>&lt;tr&gt;&lt;td&gt;Map: zoom about the cursor&lt;/td&gt;&lt;td&gt;&lt;b&gt;mouse wheel&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Map: pan&lt;/td&gt;&lt;td&gt;&lt;b&gt;drag, or arrow keys&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Map: zoom in / out&lt;/td&gt;&lt;td&gt;&lt;b&gt;+ / −&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Map: select / describe an event&lt;/td&gt;&lt;td&gt;&lt;b&gt;click / hover its marker&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Timeline: zoom / pan&lt;/td&gt;&lt;td&gt;&lt;b&gt;wheel / drag&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Timeline: pick a date / scrub&lt;/td&gt;&lt;td&gt;&lt;b&gt;click / drag the handle&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Timeline (focused): day, month, first, last&lt;/td&gt;&lt;td&gt;&lt;b&gt;←/→, PgUp/PgDn, Home/End&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Timeline: show everything&lt;/td&gt;&lt;td&gt;&lt;b&gt;double-click&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Քարտեզ՝ մասշտաբել կուրսորի շուրջ&lt;/td&gt;&lt;td&gt;&lt;b&gt;մկնիկի անիվ&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Քարտեզ՝ տեղաշարժել&lt;/td&gt;&lt;td&gt;&lt;b&gt;քաշել կամ սլաքների ստեղներ&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Քարտեզ՝ խոշորացնել / մանրացնել&lt;/td&gt;&lt;td&gt;&lt;b&gt;+ / −&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Քարտեզ՝ ընտրել / նկարագրել իրադարձությունը&lt;/td&gt;&lt;td&gt;&lt;b&gt;սեղմել / պահել նշանի վրա&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ժամանակագիծ՝ մասշտաբել / տեղաշարժել&lt;/td&gt;&lt;td&gt;&lt;b&gt;անիվ / քաշել&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ժամանակագիծ՝ ընտրել ամսաթիվ / թերթել&lt;/td&gt;&lt;td&gt;&lt;b&gt;սեղմել / քաշել բռնակը&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ժամանակագիծ (ֆոկուսում)՝ օր, ամիս, առաջին, վերջին&lt;/td&gt;&lt;td&gt;&lt;b&gt;←/→, PgUp/PgDn, Home/End&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Ժամանակագիծ՝ ցույց տալ ամբողջը&lt;/td&gt;&lt;td&gt;&lt;b&gt;կրկնակի սեղմում&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Հետարկել</translation>
    </message>
    <message>
        <source>Undo the last change to a layer</source>
        <translation>Հետարկել շերտի վերջին փոփոխությունը</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Կրկնել</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Կրկնել վերջին հետարկված փոփոխությունը</translation>
    </message>
    <message>
        <source>&amp;Zoom to Layer</source>
        <translation>&amp;Մոտեցնել շերտին</translation>
    </message>
    <message>
        <source>Show the whole of the layer</source>
        <translation>Ցույց տալ ամբողջ շերտը</translation>
    </message>
    <message>
        <source>Open &amp;Attribute Table</source>
        <translation>Բացել &amp;ատրիբուտների աղյուսակը</translation>
    </message>
    <message>
        <source>A sortable table of the layer's features at the date; selecting a row shows it on the map</source>
        <translation>Շերտի օբյեկտների տեսակավորվող աղյուսակ տվյալ ամսաթվին; տողի ընտրությունը ցույց է տալիս այն քարտեզին</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Հատկություններ…</translation>
    </message>
    <message>
        <source>Fill, outline, width, dash, opacity, point symbol and size, labels; drawn at once, undoable</source>
        <translation>Լցում, եզրագիծ, լայնություն, գծիկներ, անթափանցություն, կետի նշան և չափ, պիտակներ; կիրառվում է անմիջապես, հետարկելի է</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Տեղափոխել &amp;վեր</translation>
    </message>
    <message>
        <source>Draw the layer above the one over it</source>
        <translation>Գծել շերտը իրենից վերևինի վրա</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Տեղափոխել &amp;վար</translation>
    </message>
    <message>
        <source>Draw the layer below the one under it</source>
        <translation>Գծել շերտը իրենից ներքևինի տակ</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Հեռացնել</translation>
    </message>
    <message>
        <source>Take the layer off the map (Undo puts it back)</source>
        <translation>Հանել շերտը քարտեզից (Հետարկելը վերադարձնում է այն)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Վերջին &amp;ֆայլերը</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Խմբագրել</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>Շ&amp;երտ</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="31"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Բացել նախագիծ…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="32"/>
        <source>Open a project or scenario file, replacing what the window shows</source>
        <translation>Բացել նախագծի կամ սցենարի ֆայլ՝ փոխարինելով պատուհանում ցուցադրվածը</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="33"/>
        <source>&amp;Save Project</source>
        <translation>&amp;Պահել նախագիծը</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="34"/>
        <source>Save layers, styles, date, window, filters, extent and views to the project file</source>
        <translation>Պահել շերտերը, ոճերը, ամսաթիվը, պատուհանը, ֆիլտրերը, տարածքը և տեսքերը նախագծի ֆայլում</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="35"/>
        <source>Save Project &amp;As…</source>
        <translation>Պահել նախագիծը &amp;որպես…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="35"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="36"/>
        <source>Save the project to another file</source>
        <translation>Պահել նախագիծը այլ ֆայլում</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="37"/>
        <source>Export &amp;Views…</source>
        <translation>Արտահանել &amp;տեսքերը…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="38"/>
        <source>Write a briefing: one PDF page per named view, or one PNG/SVG file per view</source>
        <translation>Ստեղծել ամփոփագիր՝ յուրաքանչյուր տեսքի համար մեկ PDF էջ կամ մեկ PNG/SVG ֆայլ</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="52"/>
        <source>Add &amp;View…</source>
        <translation>Ավելացնել &amp;տեսք…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="52"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="53"/>
        <source>Save the extent, date, window, visible layers and filters under a name</source>
        <translation>Պահել տարածքը, ամսաթիվը, պատուհանը, տեսանելի շերտերը և ֆիլտրերը անունով</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="55"/>
        <source>Go to View %1</source>
        <translation>Անցնել տեսք %1-ին</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="55"/>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="107"/>
        <source>&amp;Go to View</source>
        <translation>&amp;Անցնել տեսքին</translation>
    </message>
</context>
<context>
    <name>ka::MainWindow</name>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="1"/>
        <source>Reset &amp;Layout</source>
        <translation>Վերականգնել &amp;դասավորությունը</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="1"/>
        <source>Window size, docks and their sizes as at the first start</source>
        <translation>Պատուհանի չափը, վահանակները և դրանց չափերը՝ ինչպես առաջին գործարկման ժամանակ</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="54"/>
        <source>Karabakh Atlas</source>
        <translation>Karabakh Atlas</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="63"/>
        <source>Loading cancelled</source>
        <translation>Բեռնումը չեղարկվեց</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="101"/>
        <source>Layers</source>
        <translation>Շերտեր</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="102"/>
        <source>Events</source>
        <translation>Իրադարձություններ</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="104"/>
        <source>Details</source>
        <translation>Մանրամասներ</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="106"/>
        <source>Messages</source>
        <translation>Հաղորդագրություններ</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="127"/>
        <source>Cancel</source>
        <translation>Չեղարկել</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="128"/>
        <source>Stop loading; the map keeps what it shows</source>
        <translation>Դադարեցնել բեռնումը․ քարտեզը կպահի արդեն ցուցադրվածը</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="153"/>
        <source>lon %1°  lat %2°</source>
        <translation>երկ. %1°  լայն. %2°</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="154"/>
        <source>outside the map&apos;s CRS</source>
        <translation>քարտեզի կոորդինատային համակարգից դուրս</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="162"/>
        <source>Map copied to the clipboard</source>
        <translation>Քարտեզը պատճենվեց սեղմատախտակին</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="184"/>
        <source>Keyboard Shortcuts</source>
        <translation>Ստեղնաշարի դյուրանցումներ</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="220"/>
        <source>Loading %p%</source>
        <translation>Բեռնում %p%</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="223"/>
        <source>Loading %1…</source>
        <translation>%1-ի բեռնում…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="252"/>
        <source>%1 — Karabakh Atlas</source>
        <translation>%1 — Karabakh Atlas</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="270"/>
        <source>%1: %2 layers, %3 events</source>
        <translation>%1՝ %2 շերտ, %3 իրադարձություն</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="348"/>
        <source>No later event</source>
        <translation>Ավելի ուշ իրադարձություն չկա</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="348"/>
        <source>No earlier event</source>
        <translation>Ավելի վաղ իրադարձություն չկա</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="359"/>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="373"/>
        <source>Add Data</source>
        <translation>Ավելացնել տվյալներ</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="361"/>
        <source>Vector data (*.gpkg *.geojson *.json *.shp *.kml *.fgb *.csv *.xlsx *.ods *.gpx *.gml *.sqlite);;All files (*)</source>
        <translation>Վեկտորային տվյալներ (*.gpkg *.geojson *.json *.shp *.kml *.fgb *.csv *.xlsx *.ods *.gpx *.gml *.sqlite);;Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="381"/>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="390"/>
        <source>Open Scenario</source>
        <translation>Բացել սցենար</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="383"/>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>Սցենարի ֆայլեր (*.json);;Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="413"/>
        <source>About Karabakh Atlas</source>
        <translation>Karabakh Atlas-ի մասին</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="414"/>
        <source>&lt;h3&gt;Karabakh Atlas %1&lt;/h3&gt;&lt;p&gt;A map and timeline of the Nagorno-Karabakh conflict region: boundaries, lines of contact, the Lachin corridor and reported events, date by date.&lt;/p&gt;&lt;p&gt;Data credits:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Each event carries its own source; select it to see it.&lt;/p&gt;&lt;p&gt;Running with %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Karabakh Atlas %1&lt;/h3&gt;&lt;p&gt;Լեռնային Ղարաբաղի հակամարտության տարածաշրջանի քարտեզ և ժամանակագրություն՝ սահմաններ, շփման գծեր, Լաչինի միջանցք և հաղորդված իրադարձություններ՝ ըստ ամսաթվերի։&lt;/p&gt;&lt;p&gt;Տվյալների աղբյուրներ՝&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Յուրաքանչյուր իրադարձություն ունի իր աղբյուրը․ ընտրեք այն՝ տեսնելու համար։&lt;/p&gt;&lt;p&gt;Աշխատում է՝ %3։&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 no longer exists; removed from Open Recent</source>
        <translation>%1-ն այլևս գոյություն չունի; հեռացվեց վերջին ֆայլերից</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Հետարկել՝ %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Հետարկել</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Կրկնել՝ %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Կրկնել</translation>
    </message>
    <message>
        <source>Removed “%1” (Ctrl+Z puts it back)</source>
        <translation>«%1»-ը հեռացվեց (Ctrl+Z-ը վերադարձնում է)</translation>
    </message>
    <message>
        <source>The layer has nothing to zoom to</source>
        <translation>Շերտը չունի ցույց տալու բան</translation>
    </message>
    <message>
        <source>&amp;Find a Place…</source>
        <translation>&amp;Գտնել վայր…</translation>
    </message>
    <message>
        <source>Find a place, map feature or event by any of its names</source>
        <translation>Գտնել վայր, քարտեզի օբյեկտ կամ իրադարձություն իր ցանկացած անվանումով</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Գտնվեց՝ %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="57"/>
        <source>Karabakh Atlas[*]</source>
        <translation>Karabakh Atlas[*]</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="98"/>
        <source>Views</source>
        <translation>Տեսքեր</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="290"/>
        <source>%1[*] — Karabakh Atlas</source>
        <translation>%1[*] — Karabakh Atlas</translation>
    </message>
</context>
<context>
    <name>ka::MessagePanel</name>
    <message>
        <location filename="../../app/panels/messagepanel.cpp" line="13"/>
        <source>Messages</source>
        <translation>Հաղորդագրություններ</translation>
    </message>
</context>
<context>
    <name>ka::TimelineBar</name>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="1"/>
        <source>◂ Event</source>
        <translation>◂ Իրադարձ.</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="1"/>
        <source>Event ▸</source>
        <translation>Իրադարձ. ▸</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="1"/>
        <source>Previous event: select the event before the current date and go to it (Ctrl+Left)</source>
        <translation>Նախորդ իրադարձությունը․ ընտրել ընթացիկ ամսաթվից առաջվա իրադարձությունը և անցնել դրան (Ctrl+Left)</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="1"/>
        <source>Next event: select the event after the current date and go to it (Ctrl+Right)</source>
        <translation>Հաջորդ իրադարձությունը․ ընտրել ընթացիկ ամսաթվից հետո եղած իրադարձությունը և անցնել դրան (Ctrl+Right)</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="41"/>
        <source>Loop</source>
        <translation>Կրկնել</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="42"/>
        <source>Skip empty</source>
        <translation>Առանց դատարկի</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="67"/>
        <source>Previous event</source>
        <translation>Նախորդ իրադարձություն</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="67"/>
        <source>Previous event (Ctrl+Left)</source>
        <translation>Նախորդ իրադարձություն (Ctrl+Left)</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="69"/>
        <source>Step back</source>
        <translation>Քայլ հետ</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="69"/>
        <source>Step back by the unit ([)</source>
        <translation>Քայլ հետ՝ մեկ միավորով ([)</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="70"/>
        <source>Play</source>
        <translation>Նվագարկել</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="70"/>
        <source>Play / pause (Space)</source>
        <translation>Նվագարկել / դադար (Space)</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="72"/>
        <source>Step forward</source>
        <translation>Քայլ առաջ</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="72"/>
        <source>Step forward by the unit (])</source>
        <translation>Քայլ առաջ՝ մեկ միավորով (])</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="74"/>
        <source>Next event</source>
        <translation>Հաջորդ իրադարձություն</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="74"/>
        <source>Next event (Ctrl+Right)</source>
        <translation>Հաջորդ իրադարձություն (Ctrl+Right)</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="78"/>
        <source>day</source>
        <translation>օր</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="79"/>
        <source>week</source>
        <translation>շաբաթ</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="79"/>
        <source>month</source>
        <translation>ամիս</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="80"/>
        <source>year</source>
        <translation>տարի</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="80"/>
        <source>event</source>
        <translation>դեպք</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="84"/>
        <source>Step unit for playback and the step buttons</source>
        <translation>Քայլի միավորը նվագարկման և քայլի կոճակների համար</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="86"/>
        <source>%1 /s</source>
        <translation>%1 /վ</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="88"/>
        <source>Playback speed: steps per second</source>
        <translation>Նվագարկման արագություն՝ քայլ վայրկյանում</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="89"/>
        <source>Start again from the beginning at the end</source>
        <translation>Վերջում նորից սկսել սկզբից</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="90"/>
        <source>Jump over stretches without events</source>
        <translation>Անցնել իրադարձություններ չունեցող հատվածների վրայով</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="91"/>
        <source>Step</source>
        <translation>Քայլ</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="103"/>
        <source>Events shown: cumulative (all so far, older ones faded), day (those spanning the date) or Nd (those meeting the N days ending on the date; type e.g. 14d)</source>
        <translation>Ցուցադրվող իրադարձություններ՝ cumulative (մինչ այժմ բոլորը, հները՝ գունաթափված), day (ամսաթիվն ընդգրկողները) կամ Nd (ամսաթվով ավարտվող N օրերին համընկնողները․ մուտքագրեք, օրինակ, 14d)</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="105"/>
        <source>Window</source>
        <translation>Պատուհան</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="110"/>
        <source>Date shown on the map: type it or pick it from the calendar (Ctrl+G)</source>
        <translation>Քարտեզին ցուցադրվող ամսաթիվը՝ մուտքագրեք կամ ընտրեք օրացույցից (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="111"/>
        <source>Current date</source>
        <translation>Ընթացիկ ամսաթիվ</translation>
    </message>
</context>
<context>
    <name>ka::TimelineView</name>
    <message>
        <location filename="../../app/timeline/timelineview.cpp" line="26"/>
        <source>Timeline</source>
        <translation>Ժամանակագիծ</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelineview.cpp" line="27"/>
        <source>Click to pick a date, drag the handle to scrub, drag to pan, wheel to zoom, double-click to show all</source>
        <translation>Սեղմեք՝ ամսաթիվ ընտրելու համար, քաշեք բռնակը՝ թերթելու, քաշեք՝ տեղաշարժելու, պտտեք անիվը՝ մասշտաբելու, կրկնակի սեղմեք՝ ամբողջը ցույց տալու համար</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelineview.cpp" line="337"/>
        <source>%1 – %2: %3 events</source>
        <translation>%1 – %2՝ %3 իրադարձություն</translation>
    </message>
</context>
<context>
    <name>ka::DateField</name>
    <message>
        <location filename="../../app/timeline/datefield.cpp" line="1"/>
        <source>Date shown on the map: type it as YYYY-MM-DD and press Enter, or pick it from the calendar (Ctrl+G). Up/Down: a day, PgUp/PgDn: a month.</source>
        <translation>Քարտեզի ամսաթիվը․ մուտքագրեք YYYY-MM-DD ձևով և սեղմեք Enter, կամ ընտրեք օրացույցից (Ctrl+G)։ Վեր/Վար՝ մեկ օր, PgUp/PgDn՝ մեկ ամիս։</translation>
    </message>
    <message>
        <location filename="../../app/timeline/datefield.cpp" line="1"/>
        <source>YYYY-MM-DD</source>
        <translation>ՏՏՏՏ-ԱԱ-ՕՕ</translation>
    </message>
    <message>
        <location filename="../../app/timeline/datefield.cpp" line="1"/>
        <source>Current date</source>
        <translation>Ընթացիկ ամսաթիվ</translation>
    </message>
    <message>
        <location filename="../../app/timeline/datefield.cpp" line="1"/>
        <source>Pick the date from a calendar</source>
        <translation>Ընտրել ամսաթիվը օրացույցից</translation>
    </message>
    <message>
        <location filename="../../app/timeline/datefield.cpp" line="1"/>
        <source>Calendar</source>
        <translation>Օրացույց</translation>
    </message>
    <message>
        <location filename="../../app/timeline/datefield.cpp" line="1"/>
        <source>“%1” is not a date: type it as YYYY-MM-DD, e.g. 2020-11-10</source>
        <translation>«%1»-ը ամսաթիվ չէ․ մուտքագրեք YYYY-MM-DD ձևով, օրինակ՝ 2020-11-10</translation>
    </message>
    <message>
        <location filename="../../app/timeline/datefield.cpp" line="1"/>
        <source>%1 is not a day of the calendar</source>
        <translation>%1 օր օրացույցում չկա</translation>
    </message>
    <message>
        <location filename="../../app/timeline/datefield.cpp" line="1"/>
        <source>%1 is outside the scenario&apos;s dates, %2 to %3</source>
        <translation>%1-ը սցենարի ամսաթվերից դուրս է՝ %2-ից %3</translation>
    </message>
</context>
<context>
    <name>ka::AttributeTableDialog</name>
    <message>
        <source>Attributes of “%1”</source>
        <translation>«%1» շերտի ատրիբուտները</translation>
    </message>
    <message>
        <source>Features at %1: %2 of %3</source>
        <translation>Օբյեկտները %1-ին՝ %2՝ %3-ից</translation>
    </message>
</context>
<context>
    <name>ka::LayerEditor</name>
    <message>
        <source>Style of “%1”</source>
        <translation>«%1»-ի ոճը</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Հեռացնել «%1»</translation>
    </message>
    <message>
        <source>Move “%1” up</source>
        <translation>«%1»-ը վեր</translation>
    </message>
    <message>
        <source>Move “%1” down</source>
        <translation>«%1»-ը վար</translation>
    </message>
    <message>
        <source>Reorder layers</source>
        <translation>Շերտերի հերթականություն</translation>
    </message>
</context>
<context>
    <name>ka::LayerPropertiesDialog</name>
    <message>
        <source>Properties of “%1”</source>
        <translation>«%1»-ի հատկությունները</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Լցում</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Եզրագիծ</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Շրջան</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Քառակուսի</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Եռանկյուն</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>Շեղանկյուն</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>Խաչ</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Աստղ</translation>
    </message>
    <message>
        <source>A field name, or a template such as {name_hy} / {name_az}; empty: no labels</source>
        <translation>Դաշտի անուն կամ ձևանմուշ, օրինակ՝ {name_hy} / {name_az}; դատարկ՝ առանց պիտակների</translation>
    </message>
    <message>
        <source>&amp;Fill:</source>
        <translation>&amp;Լցում՝</translation>
    </message>
    <message>
        <source>&amp;Outline:</source>
        <translation>&amp;Եզրագիծ՝</translation>
    </message>
    <message>
        <source>Outline &amp;width:</source>
        <translation>Եզրագծի &amp;լայնություն՝</translation>
    </message>
    <message>
        <source>&amp;Dash:</source>
        <translation>&amp;Գծիկներ՝</translation>
    </message>
    <message>
        <source>O&amp;pacity:</source>
        <translation>&amp;Անթափանցություն՝</translation>
    </message>
    <message>
        <source>Point &amp;symbol:</source>
        <translation>Կետի &amp;նշան՝</translation>
    </message>
    <message>
        <source>Point si&amp;ze:</source>
        <translation>Կետի &amp;չափ՝</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Պիտակ՝</translation>
    </message>
    <message>
        <source>#rrggbb, #aarrggbb, a colour name, or none</source>
        <translation>#rrggbb, #aarrggbb, գույնի անուն կամ none</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Ընտրել գույն</translation>
    </message>
</context>
<context>
    <name>ka::RecentFiles</name>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (բացակայում է)</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1-ն այլևս գոյություն չունի</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Վերջին ֆայլեր չկան</translation>
    </message>
    <message>
        <source>Remove &amp;Missing Files</source>
        <translation>Հեռացնել &amp;բացակայող ֆայլերը</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Մաքրել ցանկը</translation>
    </message>
</context>
<context>
    <name>ka::FindBox</name>
    <message>
        <source>place</source>
        <translation>վայր</translation>
    </message>
    <message>
        <source>map feature</source>
        <translation>քարտեզի օբյեկտ</translation>
    </message>
    <message>
        <source>event</source>
        <translation>իրադարձություն</translation>
    </message>
    <message>
        <source>Find a place or event (Ctrl+F)</source>
        <translation>Գտնել վայր կամ իրադարձություն (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find places, map features and events by any of their names — English, Armenian or Azerbaijani, with or without accents</source>
        <translation>Գտնել վայրեր, քարտեզի օբյեկտներ և իրադարձություններ իրենց ցանկացած անվանումով՝ անգլերեն, հայերեն կամ ադրբեջաներեն, շեշտերով կամ առանց</translation>
    </message>
    <message>
        <source>Find a place</source>
        <translation>Գտնել վայր</translation>
    </message>
    <message>
        <source>matches “%1”</source>
        <translation>համընկնում է՝ «%1»</translation>
    </message>
</context>
<context>
    <name>ka::MapCanvas</name>
    <message>
        <source>… and %1 more</source>
        <translation>… և ևս %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 events here&lt;/b&gt;</source>
        <translation>&lt;b&gt;Այստեղ՝ %1 իրադարձություն&lt;/b&gt;</translation>
    </message>
    <message>
        <source>click to choose one</source>
        <translation>սեղմեք՝ մեկն ընտրելու համար</translation>
    </message>
</context>
<context>
    <name>ka::PostgisDialog</name>
    <message>
        <source>Add PostGIS Layer</source>
        <translation>Ավելացնել PostGIS շերտ</translation>
    </message>
    <message>
        <source>a section of pg_service.conf (optional)</source>
        <translation>pg_service.conf-ի բաժին (ըստ ցանկության)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>լռելյայն</translation>
    </message>
    <message>
        <source>not stored; empty: pgpass or service file</source>
        <translation>չի պահվում. դատարկ՝ pgpass կամ service ֆայլ</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Ծառայություն՝</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Հոսթ՝</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Պորտ՝</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Տվյալների բազա՝</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Օգտատեր՝</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Գաղտնաբառ՝</translation>
    </message>
    <message>
        <source>SSL mode:</source>
        <translation>SSL ռեժիմ՝</translation>
    </message>
    <message>
        <source>&amp;List Tables</source>
        <translation>&amp;Ցույց տալ աղյուսակները</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Աղյուսակ</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>Երկրաչափություն</translation>
    </message>
    <message>
        <source>SRID</source>
        <translation>SRID</translation>
    </message>
    <message>
        <source>Rows (estimate)</source>
        <translation>Տողեր (գնահատական)</translation>
    </message>
    <message>
        <source>Add Layer</source>
        <translation>Ավելացնել շերտ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>անհայտ</translation>
    </message>
    <message>
        <source>Spatial tables and views: %1</source>
        <translation>Տարածական աղյուսակներ և դիտումներ՝ %1</translation>
    </message>
</context>
<context>
    <name>ka::AddViewDialog</name>
    <message>
        <location filename="../../app/project/addviewdialog.cpp" line="15"/>
        <source>Add View</source>
        <translation>Ավելացնել տեսք</translation>
    </message>
    <message>
        <location filename="../../app/project/addviewdialog.cpp" line="19"/>
        <source>Optional: a line under the title of the view&apos;s page</source>
        <translation>Ըստ ցանկության՝ տող տեսքի էջի վերնագրի տակ</translation>
    </message>
    <message>
        <location filename="../../app/project/addviewdialog.cpp" line="27"/>
        <source>&amp;Name:</source>
        <translation>&amp;Անուն՝</translation>
    </message>
    <message>
        <location filename="../../app/project/addviewdialog.cpp" line="28"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Նկարագրություն՝</translation>
    </message>
</context>
<context>
    <name>ka::ProjectController</name>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="141"/>
        <source>Karabakh Atlas[*]</source>
        <translation>Karabakh Atlas[*]</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="141"/>
        <source>%1[*] — Karabakh Atlas</source>
        <translation>%1[*] — Karabakh Atlas</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="211"/>
        <source>%1: the data file was not found or could not be read; its layers are marked missing and kept in the project. Use Locate… to point to it.</source>
        <translation>%1. տվյալների ֆայլը չգտնվեց կամ չկարդացվեց. նրա շերտերը նշված են որպես բացակայող և պահված են նախագծում։ Օգտագործեք «Գտնել…»՝ այն ցույց տալու համար։</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="220"/>
        <source>Missing Data</source>
        <translation>Բացակայող տվյալներ</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="222"/>
        <source>Locate…</source>
        <translation>Գտնել…</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="225"/>
        <source>Locate %1</source>
        <translation>Գտնել %1-ը</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="226"/>
        <source>Vector data (*.%1);;All files (*)</source>
        <translation>Վեկտորային տվյալներ (*.%1);;Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="256"/>
        <location filename="../../app/project/projectcontroller.cpp" line="461"/>
        <source>Open Project</source>
        <translation>Բացել նախագիծ</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="285"/>
        <source>Save Project</source>
        <translation>Պահել նախագիծը</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="295"/>
        <source>Saved %1</source>
        <translation>Պահված է՝ %1</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="303"/>
        <source>Karabakh Atlas</source>
        <translation>Ղարաբաղի ատլաս</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="310"/>
        <source>the untitled project</source>
        <translation>անանուն նախագծում</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="311"/>
        <source>Save the changes to %1?</source>
        <translation>Պահե՞լ փոփոխությունները %1</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="357"/>
        <source>Karabakh Atlas did not close normally. Restore the unsaved work%1?</source>
        <translation>Ղարաբաղի ատլասը նորմալ չփակվեց։ Վերականգնե՞լ չպահված աշխատանքը%1</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="358"/>
        <source> on %1</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="377"/>
        <location filename="../../app/project/projectcontroller.cpp" line="489"/>
        <source>View %1</source>
        <translation>Տեսք %1</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="438"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="444"/>
        <source>Nothing is loaded yet</source>
        <translation>Դեռ ոչինչ բեռնված չէ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/project/projectcontroller.cpp" line="452"/>
        <source>Exported %n view(s)</source>
        <translation>
            <numerusform>Արտահանված է %n տեսք</numerusform>
            <numerusform>Արտահանված է %n տեսք</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="463"/>
        <source>Projects and scenarios (*.kaproj.json *.json);;All files (*)</source>
        <translation>Նախագծեր և սցենարներ (*.kaproj.json *.json);;Բոլոր ֆայլերը (*)</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="475"/>
        <source>untitled</source>
        <translation>անանուն</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="478"/>
        <source>Save Project As</source>
        <translation>Պահել նախագիծը որպես</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="478"/>
        <source>Projects (*.kaproj.json)</source>
        <translation>Նախագծեր (*.kaproj.json)</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="498"/>
        <location filename="../../app/project/projectcontroller.cpp" line="502"/>
        <location filename="../../app/project/projectcontroller.cpp" line="511"/>
        <source>Export Views</source>
        <translation>Արտահանել տեսքերը</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="498"/>
        <source>There are no views yet: add some with View ▸ Add View.</source>
        <translation>Տեսքեր դեռ չկան. ավելացրեք Տեսք ▸ Ավելացնել տեսք-ով։</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="504"/>
        <source>briefing.pdf</source>
        <translation>briefing.pdf</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="505"/>
        <source>One PDF, a page per view (*.pdf);;PNG files, one per view (*.png);;SVG files, one per view (*.svg)</source>
        <translation>Մեկ PDF, էջ յուրաքանչյուր տեսքի համար (*.pdf);;PNG ֆայլեր, մեկական տեսքի համար (*.png);;SVG ֆայլեր, մեկական տեսքի համար (*.svg)</translation>
    </message>
</context>
<context>
    <name>ka::ViewsPanel</name>
    <message>
        <location filename="../../app/project/viewspanel.cpp" line="28"/>
        <source>No views yet: View ▸ Add View saves what the map shows.</source>
        <translation>Տեսքեր դեռ չկան. Տեսք ▸ Ավելացնել տեսք-ը պահում է քարտեզի ցուցադրածը։</translation>
    </message>
    <message>
        <location filename="../../app/project/viewspanel.cpp" line="29"/>
        <source>Rename</source>
        <translation>Վերանվանել</translation>
    </message>
    <message>
        <location filename="../../app/project/viewspanel.cpp" line="30"/>
        <source>Up</source>
        <translation>Վեր</translation>
    </message>
    <message>
        <location filename="../../app/project/viewspanel.cpp" line="31"/>
        <source>Down</source>
        <translation>Վար</translation>
    </message>
    <message>
        <location filename="../../app/project/viewspanel.cpp" line="32"/>
        <source>Remove</source>
        <translation>Հեռացնել</translation>
    </message>
    <message>
        <location filename="../../app/project/viewspanel.cpp" line="78"/>
        <source>Alt+%1 goes to this view</source>
        <translation>Alt+%1-ը տանում է այս տեսքին</translation>
    </message>
</context>
<context>
    <name>ka::EventMappingDialog</name>
    <message>
        <source>Columns of %1</source>
        <translation>%1-ի սյունակները</translation>
    </message>
    <message>
        <source>Say which columns hold the date and the place of each event. Rows whose date cannot be read are listed in the Messages panel.</source>
        <translation>Նշեք, թե որ սյունակներում են յուրաքանչյուր իրադարձության ամսաթիվը և վայրը։ Անընթեռնելի ամսաթվով տողերը նշվում են «Հաղորդագրություններ» վահանակում։</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ամսաթիվ՝</translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>Ամսաթվի ձևաչափ՝</translation>
    </message>
    <message>
        <source>A preset, or a Qt date pattern such as dd.MM.yyyy</source>
        <translation>Պատրաստի ձևաչափ կամ Qt ամսաթվի նմուշ, օրինակ՝ dd.MM.yyyy</translation>
    </message>
    <message>
        <source>End date:</source>
        <translation>Ավարտի ամսաթիվ՝</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>Երկայնություն՝</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>Լայնություն՝</translation>
    </message>
    <message>
        <source>Or WKT geometry:</source>
        <translation>Կամ WKT երկրաչափություն՝</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Կատեգորիա՝</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Վերնագիր՝</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Ամփոփում՝</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Վայրը՝</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Աղբյուր՝</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Հղում՝</translation>
    </message>
    <message>
        <source>Fatalities:</source>
        <translation>Զոհեր՝</translation>
    </message>
    <message>
        <source>Location precision:</source>
        <translation>Վայրի ճշգրտություն՝</translation>
    </message>
    <message>
        <source>accuracy in metres</source>
        <translation>ճշգրտությունը մետրերով</translation>
    </message>
    <message>
        <source>ACLED geo_precision (1-3)</source>
        <translation>ACLED geo_precision (1–3)</translation>
    </message>
    <message>
        <source>UCDP where_prec (1-7)</source>
        <translation>UCDP where_prec (1–7)</translation>
    </message>
    <message>
        <source>Precision means:</source>
        <translation>Ճշգրտության իմաստը՝</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Տող</translation>
    </message>
    <message>
        <source>Date as written</source>
        <translation>Ամսաթիվը ֆայլում</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Կարդացվել է որպես</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(չկա)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>չի կարդացվում</translation>
    </message>
    <message>
        <source>Choose the date column.</source>
        <translation>Ընտրեք ամսաթվի սյունակը։</translation>
    </message>
    <message>
        <source>The date format must name a year (yyyy).</source>
        <translation>Ամսաթվի ձևաչափը պետք է պարունակի տարի (yyyy)։</translation>
    </message>
    <message>
        <source>%1 of the first %2 rows cannot be read with this format.</source>
        <translation>Առաջին %2 տողերից %1-ը այս ձևաչափով չի կարդացվում։</translation>
    </message>
</context>
<context>
    <name>OffscreenEvents</name>
    <message>
        <location filename="../../app/mapview/offscreenevents.cpp" line="140"/>
        <source>above the map</source>
        <translation>քարտեզից վերև</translation>
    </message>
    <message>
        <location filename="../../app/mapview/offscreenevents.cpp" line="140"/>
        <source>to the upper right</source>
        <translation>վերևում՝ աջ կողմում</translation>
    </message>
    <message>
        <location filename="../../app/mapview/offscreenevents.cpp" line="140"/>
        <source>to the right</source>
        <translation>աջ կողմում</translation>
    </message>
    <message>
        <location filename="../../app/mapview/offscreenevents.cpp" line="140"/>
        <source>to the lower right</source>
        <translation>ներքևում՝ աջ կողմում</translation>
    </message>
    <message>
        <location filename="../../app/mapview/offscreenevents.cpp" line="140"/>
        <source>below the map</source>
        <translation>քարտեզից ներքև</translation>
    </message>
    <message>
        <location filename="../../app/mapview/offscreenevents.cpp" line="140"/>
        <source>to the lower left</source>
        <translation>ներքևում՝ ձախ կողմում</translation>
    </message>
    <message>
        <location filename="../../app/mapview/offscreenevents.cpp" line="140"/>
        <source>to the left</source>
        <translation>ձախ կողմում</translation>
    </message>
    <message>
        <location filename="../../app/mapview/offscreenevents.cpp" line="140"/>
        <source>to the upper left</source>
        <translation>վերևում՝ ձախ կողմում</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/mapview/offscreenevents.cpp" line="143"/>
        <source>%n event(s) shown at this date lie outside the map, %1. Click to bring the nearest into view.</source>
        <translation>
            <numerusform>Այս ամսաթվին ցուցադրվող %n իրադարձություն գտնվում է քարտեզից դուրս, %1։ Սեղմեք՝ մոտական տեսնելու համար։</numerusform>
            <numerusform>Այս ամսաթվին ցուցադրվող %n իրադարձություն գտնվում է քարտեզից դուրս, %1։ Սեղմեք՝ մոտական տեսնելու համար։</numerusform>
        </translation>
    </message>
</context>
</TS>
