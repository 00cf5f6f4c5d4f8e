<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az">
<context>
    <name>ka::EventDetailsPanel</name>
    <message>
        <source>Place known only approximately:</source>
        <translation>Yer yalnız təxmini məlumdur:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Yer:</translation>
    </message>
    <message>
        <source>Fatalities:</source>
        <translation>Ölənlər:</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventdetailspanel.cpp" line="9"/>
        <source>Event details</source>
        <translation>Hadisənin təfərrüatları</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventdetailspanel.cpp" line="10"/>
        <source>Select an event in the table, on the map or with the event buttons.</source>
        <translation>Cədvəldə, xəritədə və ya hadisə düymələri ilə bir hadisə seçin.</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventdetailspanel.cpp" line="40"/>
        <source>always</source>
        <translation>həmişə</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventdetailspanel.cpp" line="43"/>
        <source>from %1 until %2</source>
        <translation>müddət: %1 – %2</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventdetailspanel.cpp" line="44"/>
        <source>the start</source>
        <translation>başlanğıc</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventdetailspanel.cpp" line="45"/>
        <source>now</source>
        <translation>indi</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventdetailspanel.cpp" line="64"/>
        <source> (%1 precision: %2 to %3)</source>
        <translation> (dəqiqlik: %1, %2 – %3)</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventdetailspanel.cpp" line="77"/>
        <source>Source:</source>
        <translation>Mənbə:</translation>
    </message>
    <message>
        <source>This took place in %1, far outside the map; the map stays where it is.</source>
        <translation>Yer: %1, xəritədən çox kənarda; xəritə yerində qalır.</translation>
    </message>
    <message>
        <source>Go there</source>
        <translation>Ora get</translation>
    </message>
</context>
<context>
    <name>ka::EventTableModel</name>
    <message>
        <location filename="../../app/panels/eventtablemodel.cpp" line="90"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventtablemodel.cpp" line="92"/>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventtablemodel.cpp" line="94"/>
        <source>Event</source>
        <translation>Hadisə</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventtablemodel.cpp" line="96"/>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventtablemodel.cpp" line="98"/>
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
</context>
<context>
    <name>ka::EventTablePanel</name>
    <message>
        <location filename="../../app/panels/eventtablepanel.cpp" line="25"/>
        <source>Filter events: title, summary, place, source…</source>
        <translation>Hadisələri süz: başlıq, xülasə, yer, mənbə…</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventtablepanel.cpp" line="27"/>
        <source>Event categories</source>
        <translation>Hadisə kateqoriyaları</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventtablepanel.cpp" line="49"/>
        <source>Events</source>
        <translation>Hadisələr</translation>
    </message>
</context>
<context>
    <name>ka::ExportDialog</name>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="42"/>
        <location filename="../../app/export/exportdialog.cpp" line="362"/>
        <source>Export Map</source>
        <translation>Xəritənin ixracı</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="62"/>
        <source>PNG image</source>
        <translation>PNG şəkli</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="63"/>
        <source>JPEG image</source>
        <translation>JPEG şəkli</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="64"/>
        <source>SVG drawing (vector, text as text)</source>
        <translation>SVG çertyoju (vektor, mətn mətn kimi)</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="65"/>
        <source>PDF document (vector, selectable text)</source>
        <translation>PDF sənədi (vektor, seçilə bilən mətn)</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="66"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
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
        <translation>Fərdi</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="74"/>
        <source> px</source>
        <translation> piksel</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="78"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="85"/>
        <source>Size:</source>
        <translation>Ölçü:</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="93"/>
        <source>Landscape</source>
        <translation>Albom</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="94"/>
        <source>Portrait</source>
        <translation>Portret</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="99"/>
        <source>Page:</source>
        <translation>Səhifə:</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="106"/>
        <source>&amp;Title:</source>
        <translation>&amp;Başlıq:</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="108"/>
        <source>Title and date</source>
        <translation>Başlıq və tarix</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="109"/>
        <source>Legend</source>
        <translation>Şərti işarələr</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="110"/>
        <source>Scale bar</source>
        <translation>Miqyas xətti</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="111"/>
        <source>North arrow</source>
        <translation>Şimal oxu</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="112"/>
        <source>Attribution</source>
        <translation>Mənbə qeydi</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="113"/>
        <source>Locator map</source>
        <translation>Yerləşmə xəritəsi</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="117"/>
        <source>Layout:</source>
        <translation>Tərtibat:</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="119"/>
        <source>Frame &amp;sequence (one file per step)</source>
        <translation>Kadr &amp;ardıcıllığı (hər addım üçün bir fayl)</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="128"/>
        <source>1 day</source>
        <translation>1 gün</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="129"/>
        <source>1 week</source>
        <translation>1 həftə</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="130"/>
        <source>1 month</source>
        <translation>1 ay</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="131"/>
        <source>each event date</source>
        <translation>hər hadisə tarixi</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="133"/>
        <source>From</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="135"/>
        <source>to</source>
        <translation>son</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="137"/>
        <source>every</source>
        <translation>addım</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="141"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Seç…</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="163"/>
        <source>&amp;Export</source>
        <translation>&amp;İxrac et</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="164"/>
        <source>&amp;Copy Map to Clipboard</source>
        <translation>Xəritəni mübadilə buferinə &amp;köçür</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="171"/>
        <source>Output:</source>
        <translation>Çıxış:</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="269"/>
        <source>The map fills the page; text and lines at print size.</source>
        <translation>Xəritə səhifəni doldurur; mətn və xətlər çap ölçüsündədir.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="270"/>
        <source>Drawn like a %1 × %2 window at %3 dpi.</source>
        <translation>%3 dpi-də %1 × %2 pəncərə kimi çəkilir.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="361"/>
        <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG şəkli (*.png);;JPEG şəkli (*.jpg *.jpeg);;SVG çertyoju (*.svg);;PDF sənədi (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="400"/>
        <source>Choose an output file.</source>
        <translation>Çıxış faylını seçin.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="408"/>
        <source>No frame between %1 and %2.</source>
        <translation>%1 ilə %2 arasında kadr yoxdur.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="423"/>
        <source>Saved %1</source>
        <translation>Saxlanıldı: %1</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="431"/>
        <source>Map copied to the clipboard</source>
        <translation>Xəritə mübadilə buferinə köçürüldü</translation>
    </message>
</context>
<context>
    <name>ka::FrameSequenceRunner</name>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="39"/>
        <source>Writing %1 frames…</source>
        <translation>%1 kadr yazılır…</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="39"/>
        <location filename="../../app/export/framesequencerunner.cpp" line="148"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="40"/>
        <location filename="../../app/export/framesequencerunner.cpp" line="79"/>
        <location filename="../../app/export/framesequencerunner.cpp" line="123"/>
        <source>Export Frames</source>
        <translation>Kadrların ixracı</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="83"/>
        <source>Wrote %1 frames</source>
        <translation>%1 kadr yazıldı</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="127"/>
        <source>The frames are written. To make a video, install ffmpeg and run:

%1

or, for a GIF:

%2</source>
        <translation>Kadrlar yazıldı. Video hazırlamaq üçün ffmpeg quraşdırın və işə salın:

%1

və ya GIF üçün:

%2</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="133"/>
        <source>The frames are written. Assemble them with ffmpeg?</source>
        <translation>Kadrlar yazıldı. Onlar ffmpeg ilə birləşdirilsin?</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="134"/>
        <source>Make MP4</source>
        <translation>MP4 hazırla</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="135"/>
        <source>Make GIF</source>
        <translation>GIF hazırla</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="148"/>
        <source>Assembling %1 with ffmpeg…</source>
        <translation>%1 ffmpeg ilə birləşdirilir…</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="149"/>
        <location filename="../../app/export/framesequencerunner.cpp" line="186"/>
        <source>Export Video</source>
        <translation>Videonun ixracı</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="183"/>
        <source>Wrote %1</source>
        <translation>Yazıldı: %1</translation>
    </message>
</context>
<context>
    <name>ka::LayerPanel</name>
    <message>
        <location filename="../../app/panels/layerpanel.cpp" line="15"/>
        <source>Layer</source>
        <translation>Lay</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerpanel.cpp" line="15"/>
        <source>Shown</source>
        <translation>Görünür</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerpanel.cpp" line="20"/>
        <source>Layers</source>
        <translation>Laylar</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerpanel.cpp" line="85"/>
        <source>%1 of %2 features at %3</source>
        <translation>%3 tarixində %2 obyektdən %1</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 və daha %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Mənbə: %1</translation>
    </message>
    <message>
        <source>about %1 m</source>
        <translation>təxminən %1 m</translation>
    </message>
    <message>
        <source>%1 to %2 m</source>
        <translation>%1–%2 m</translation>
    </message>
    <message>
        <source>Accuracy: %1</source>
        <translation>Dəqiqlik: %1</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(kateqoriyasız)</translation>
    </message>
    <message>
        <source>Events of the category “%1”</source>
        <translation>“%1” kateqoriyasının hadisələri</translation>
    </message>
</context>
<context>
    <name>ka::MainActions</name>
    <message>
        <source>Add &amp;PostGIS Layer…</source>
        <translation>&amp;PostGIS qatı əlavə et…</translation>
    </message>
    <message>
        <source>Add a table or view of a PostgreSQL/PostGIS database, read per view from the server</source>
        <translation>PostgreSQL/PostGIS verilənlər bazasının cədvəlini və ya görünüşünü əlavə et; məlumat serverdən görünən sahə üçün oxunur</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="31"/>
        <source>&amp;Open Scenario…</source>
        <translation>Ssenarini &amp;aç…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="32"/>
        <source>Open a scenario file, replacing the current one</source>
        <translation>Cari ssenarini əvəz edərək ssenari faylını aç</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="34"/>
        <source>&amp;Add Data…</source>
        <translation>Məlumat &amp;əlavə et…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="34"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="34"/>
        <source>Add any GDAL vector source as layers</source>
        <translation>İstənilən GDAL vektor mənbəyini lay kimi əlavə et</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="35"/>
        <source>&amp;Export…</source>
        <translation>&amp;İxrac et…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="35"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="36"/>
        <source>Save the map with title, legend and credits as PNG, JPEG, SVG or PDF, or a frame sequence</source>
        <translation>Xəritəni başlıq, şərti işarələr və mənbələrlə PNG, JPEG, SVG və ya PDF kimi, yaxud kadr ardıcıllığı kimi saxla</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="38"/>
        <source>&amp;Copy Map</source>
        <translation>Xəritəni &amp;köçür</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="38"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="38"/>
        <source>Copy the map image to the clipboard</source>
        <translation>Xəritə şəklini mübadilə buferinə köçür</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="39"/>
        <source>&amp;Quit</source>
        <translation>Çı&amp;xış</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="42"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Yaxınlaşdır</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="43"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uzaqlaşdır</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="45"/>
        <source>&amp;Zoom to Scenario</source>
        <translation>&amp;Ssenarinin görünüşü</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="45"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="45"/>
        <source>Show the scenario&apos;s initial view</source>
        <translation>Ssenarinin ilkin görünüşünü göstər</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="47"/>
        <source>&amp;English names</source>
        <translation>&amp;İngiliscə adlar</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="48"/>
        <source>&amp;Armenian names</source>
        <translation>&amp;Erməni adları</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="48"/>
        <source>A&amp;zerbaijani names</source>
        <translation>&amp;Azərbaycan adları</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="49"/>
        <source>&amp;Both local names</source>
        <translation>&amp;Hər iki yerli ad</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="58"/>
        <source>&amp;System Language</source>
        <translation>&amp;Sistem dili</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="68"/>
        <source>&amp;Previous Event</source>
        <translation>Ə&amp;vvəlki hadisə</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="68"/>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="69"/>
        <source>&amp;Next Event</source>
        <translation>&amp;Növbəti hadisə</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="69"/>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="71"/>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Oynat / dayandır</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="71"/>
        <source>Play time forward or pause</source>
        <translation>Zamanı irəli apar və ya dayandır</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="72"/>
        <source>Step &amp;Back</source>
        <translation>Addım &amp;geri</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="72"/>
        <source>[</source>
        <translation>[</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="72"/>
        <source>Step back by the timeline&apos;s unit</source>
        <translation>Zaman xəttinin vahidi qədər geri</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="74"/>
        <source>Step &amp;Forward</source>
        <translation>Addım &amp;irəli</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="74"/>
        <source>]</source>
        <translation>]</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="74"/>
        <source>Step forward by the timeline&apos;s unit</source>
        <translation>Zaman xəttinin vahidi qədər irəli</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="75"/>
        <source>&amp;Go to Date…</source>
        <translation>&amp;Tarixə keç…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="75"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="75"/>
        <source>Type a date</source>
        <translation>Tarixi yazın</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="77"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Klaviatura qısayolları</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="77"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="78"/>
        <source>&amp;About Karabakh Atlas</source>
        <translation>Karabakh Atlas &amp;haqqında</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="84"/>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="91"/>
        <source>&amp;View</source>
        <translation>&amp;Görünüş</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="98"/>
        <source>Interface &amp;Language</source>
        <translation>İnterfeys &amp;dili</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="102"/>
        <source>Interface Language</source>
        <translation>İnterfeys dili</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="103"/>
        <source>The interface will be in %1 from the next start of Karabakh Atlas.</source>
        <translation>Karabakh Atlas növbəti dəfə işə salınanda interfeys dili bu olacaq: %1.</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="107"/>
        <source>&amp;Time</source>
        <translation>&amp;Zaman</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="110"/>
        <source>&amp;Help</source>
        <translation>&amp;Kömək</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="123"/>
        <source>&lt;tr&gt;&lt;td&gt;Map: zoom about the cursor&lt;/td&gt;&lt;td&gt;&lt;b&gt;mouse wheel&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Map: pan&lt;/td&gt;&lt;td&gt;&lt;b&gt;drag, or arrow keys&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Map: zoom in / out&lt;/td&gt;&lt;td&gt;&lt;b&gt;+ / −&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Map: select / describe an event&lt;/td&gt;&lt;td&gt;&lt;b&gt;click / hover its marker&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Timeline: zoom / pan&lt;/td&gt;&lt;td&gt;&lt;b&gt;wheel / drag&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Timeline: pick a date / scrub&lt;/td&gt;&lt;td&gt;&lt;b&gt;click / drag the handle&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Timeline (focused): day, month, first, last&lt;/td&gt;&lt;td&gt;&lt;b&gt;←/→, PgUp/PgDn, Home/End&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Timeline: show everything&lt;/td&gt;&lt;td&gt;&lt;b&gt;double-click&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Xəritə: kursor ətrafında miqyas&lt;/td&gt;&lt;td&gt;&lt;b&gt;siçan çarxı&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Xəritə: hərəkət etdir&lt;/td&gt;&lt;td&gt;&lt;b&gt;çəkin və ya ox düymələri&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Xəritə: yaxınlaşdır / uzaqlaşdır&lt;/td&gt;&lt;td&gt;&lt;b&gt;+ / −&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Xəritə: hadisəni seç / təsvir et&lt;/td&gt;&lt;td&gt;&lt;b&gt;işarəyə klikləyin / üzərinə gətirin&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Zaman xətti: miqyas / hərəkət&lt;/td&gt;&lt;td&gt;&lt;b&gt;çarx / çəkin&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Zaman xətti: tarix seç / sürüşdür&lt;/td&gt;&lt;td&gt;&lt;b&gt;klikləyin / tutacağı çəkin&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Zaman xətti (fokusda): gün, ay, ilk, son&lt;/td&gt;&lt;td&gt;&lt;b&gt;←/→, PgUp/PgDn, Home/End&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Zaman xətti: hamısını göstər&lt;/td&gt;&lt;td&gt;&lt;b&gt;iki dəfə klik&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>Undo the last change to a layer</source>
        <translation>Layda son dəyişikliyi geri al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Son geri alınan dəyişikliyi təkrarla</translation>
    </message>
    <message>
        <source>&amp;Zoom to Layer</source>
        <translation>&amp;Laya yaxınlaşdır</translation>
    </message>
    <message>
        <source>Show the whole of the layer</source>
        <translation>Bütün layı göstər</translation>
    </message>
    <message>
        <source>Open &amp;Attribute Table</source>
        <translation>&amp;Atribut cədvəlini aç</translation>
    </message>
    <message>
        <source>A sortable table of the layer's features at the date; selecting a row shows it on the map</source>
        <translation>Layın bu tarixdəki obyektlərinin çeşidlənən cədvəli; sətri seçmək onu xəritədə göstərir</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Xassələr…</translation>
    </message>
    <message>
        <source>Fill, outline, width, dash, opacity, point symbol and size, labels; drawn at once, undoable</source>
        <translation>Dolğu, kontur, qalınlıq, ştrix, şəffafsızlıq, nöqtə simvolu və ölçüsü, etiketlər; dərhal çəkilir, geri alına bilər</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Yuxarı</translation>
    </message>
    <message>
        <source>Draw the layer above the one over it</source>
        <translation>Layı üstündəkinin üzərində çək</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Aşağı</translation>
    </message>
    <message>
        <source>Draw the layer below the one under it</source>
        <translation>Layı altındakının altında çək</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>Take the layer off the map (Undo puts it back)</source>
        <translation>Layı xəritədən götür (Geri al onu qaytarır)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Son fayllar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redaktə</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>&amp;Lay</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="31"/>
        <source>&amp;Open Project…</source>
        <translation>Layihəni &amp;aç…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="32"/>
        <source>Open a project or scenario file, replacing what the window shows</source>
        <translation>Pəncərədə göstəriləni əvəz edərək layihə və ya ssenari faylını aç</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="33"/>
        <source>&amp;Save Project</source>
        <translation>Layihəni &amp;saxla</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="34"/>
        <source>Save layers, styles, date, window, filters, extent and views to the project file</source>
        <translation>Layları, üslubları, tarixi, pəncərəni, filtrləri, ərazini və görünüşləri layihə faylına saxla</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="35"/>
        <source>Save Project &amp;As…</source>
        <translation>Layihəni &amp;fərqli saxla…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="35"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="36"/>
        <source>Save the project to another file</source>
        <translation>Layihəni başqa fayla saxla</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="37"/>
        <source>Export &amp;Views…</source>
        <translation>&amp;Görünüşləri ixrac et…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="38"/>
        <source>Write a briefing: one PDF page per named view, or one PNG/SVG file per view</source>
        <translation>Brifinq yaz: hər görünüş üçün bir PDF səhifəsi və ya bir PNG/SVG faylı</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="52"/>
        <source>Add &amp;View…</source>
        <translation>&amp;Görünüş əlavə et…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="52"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="53"/>
        <source>Save the extent, date, window, visible layers and filters under a name</source>
        <translation>Ərazini, tarixi, pəncərəni, görünən layları və filtrləri ad altında saxla</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="55"/>
        <source>Go to View %1</source>
        <translation>%1 görünüşünə keç</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="55"/>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="107"/>
        <source>&amp;Go to View</source>
        <translation>Görünüşə &amp;keç</translation>
    </message>
</context>
<context>
    <name>ka::MainWindow</name>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="1"/>
        <source>Reset &amp;Layout</source>
        <translation>&amp;Düzülüşü sıfırla</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="1"/>
        <source>Window size, docks and their sizes as at the first start</source>
        <translation>Pəncərənin ölçüsü, panellər və onların ölçüləri ilk açılışdakı kimi</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="54"/>
        <source>Karabakh Atlas</source>
        <translation>Karabakh Atlas</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="63"/>
        <source>Loading cancelled</source>
        <translation>Yükləmə ləğv edildi</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="101"/>
        <source>Layers</source>
        <translation>Laylar</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="102"/>
        <source>Events</source>
        <translation>Hadisələr</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="104"/>
        <source>Details</source>
        <translation>Təfərrüatlar</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="106"/>
        <source>Messages</source>
        <translation>Mesajlar</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="127"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="128"/>
        <source>Stop loading; the map keeps what it shows</source>
        <translation>Yükləməni dayandır; xəritə göstərdiklərini saxlayır</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="153"/>
        <source>lon %1°  lat %2°</source>
        <translation>uzunluq %1°  enlik %2°</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="154"/>
        <source>outside the map&apos;s CRS</source>
        <translation>xəritənin koordinat sistemindən kənar</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="162"/>
        <source>Map copied to the clipboard</source>
        <translation>Xəritə mübadilə buferinə köçürüldü</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="184"/>
        <source>Keyboard Shortcuts</source>
        <translation>Klaviatura qısayolları</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="220"/>
        <source>Loading %p%</source>
        <translation>Yüklənir %p%</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="223"/>
        <source>Loading %1…</source>
        <translation>%1 yüklənir…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="252"/>
        <source>%1 — Karabakh Atlas</source>
        <translation>%1 — Karabakh Atlas</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="270"/>
        <source>%1: %2 layers, %3 events</source>
        <translation>%1: %2 lay, %3 hadisə</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="348"/>
        <source>No later event</source>
        <translation>Sonrakı hadisə yoxdur</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="348"/>
        <source>No earlier event</source>
        <translation>Əvvəlki hadisə yoxdur</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="359"/>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="373"/>
        <source>Add Data</source>
        <translation>Məlumat əlavə et</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="361"/>
        <source>Vector data (*.gpkg *.geojson *.json *.shp *.kml *.fgb *.csv *.xlsx *.ods *.gpx *.gml *.sqlite);;All files (*)</source>
        <translation>Vektor məlumatları (*.gpkg *.geojson *.json *.shp *.kml *.fgb *.csv *.xlsx *.ods *.gpx *.gml *.sqlite);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="381"/>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="390"/>
        <source>Open Scenario</source>
        <translation>Ssenarini aç</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="383"/>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>Ssenari faylları (*.json);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="413"/>
        <source>About Karabakh Atlas</source>
        <translation>Karabakh Atlas haqqında</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="414"/>
        <source>&lt;h3&gt;Karabakh Atlas %1&lt;/h3&gt;&lt;p&gt;A map and timeline of the Nagorno-Karabakh conflict region: boundaries, lines of contact, the Lachin corridor and reported events, date by date.&lt;/p&gt;&lt;p&gt;Data credits:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Each event carries its own source; select it to see it.&lt;/p&gt;&lt;p&gt;Running with %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Karabakh Atlas %1&lt;/h3&gt;&lt;p&gt;Dağlıq Qarabağ münaqişəsi regionunun xəritəsi və xronologiyası: sərhədlər, təmas xətləri, Laçın dəhlizi və bildirilən hadisələr, tarixbətarix.&lt;/p&gt;&lt;p&gt;Məlumat mənbələri:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Hər hadisənin öz mənbəyi var; görmək üçün onu seçin.&lt;/p&gt;&lt;p&gt;İşlədiyi kitabxanalar: %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 no longer exists; removed from Open Recent</source>
        <translation>%1 artıq yoxdur; son fayllardan silindi</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Geri al: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Təkrarla: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <source>Removed “%1” (Ctrl+Z puts it back)</source>
        <translation>“%1” silindi (Ctrl+Z geri qaytarır)</translation>
    </message>
    <message>
        <source>The layer has nothing to zoom to</source>
        <translation>Layda göstəriləcək heç nə yoxdur</translation>
    </message>
    <message>
        <source>&amp;Find a Place…</source>
        <translation>Yer &amp;tap…</translation>
    </message>
    <message>
        <source>Find a place, map feature or event by any of its names</source>
        <translation>Yeri, xəritə obyektini və ya hadisəni istənilən adı ilə tapın</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Tapıldı: %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="57"/>
        <source>Karabakh Atlas[*]</source>
        <translation>Karabakh Atlas[*]</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="98"/>
        <source>Views</source>
        <translation>Görünüşlər</translation>
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
        <translation>Mesajlar</translation>
    </message>
</context>
<context>
    <name>ka::TimelineBar</name>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="1"/>
        <source>◂ Event</source>
        <translation>◂ Hadisə</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="1"/>
        <source>Event ▸</source>
        <translation>Hadisə ▸</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="1"/>
        <source>Previous event: select the event before the current date and go to it (Ctrl+Left)</source>
        <translation>Əvvəlki hadisə: cari tarixdən əvvəlki hadisəni seçib ona keçin (Ctrl+Left)</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="1"/>
        <source>Next event: select the event after the current date and go to it (Ctrl+Right)</source>
        <translation>Növbəti hadisə: cari tarixdən sonrakı hadisəni seçib ona keçin (Ctrl+Right)</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="41"/>
        <source>Loop</source>
        <translation>Təkrarla</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="42"/>
        <source>Skip empty</source>
        <translation>Boşları keç</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="67"/>
        <source>Previous event</source>
        <translation>Əvvəlki hadisə</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="67"/>
        <source>Previous event (Ctrl+Left)</source>
        <translation>Əvvəlki hadisə (Ctrl+Left)</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="69"/>
        <source>Step back</source>
        <translation>Addım geri</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="69"/>
        <source>Step back by the unit ([)</source>
        <translation>Bir vahid geri ([)</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="70"/>
        <source>Play</source>
        <translation>Oynat</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="70"/>
        <source>Play / pause (Space)</source>
        <translation>Oynat / dayandır (Space)</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="72"/>
        <source>Step forward</source>
        <translation>Addım irəli</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="72"/>
        <source>Step forward by the unit (])</source>
        <translation>Bir vahid irəli (])</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="74"/>
        <source>Next event</source>
        <translation>Növbəti hadisə</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="74"/>
        <source>Next event (Ctrl+Right)</source>
        <translation>Növbəti hadisə (Ctrl+Right)</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="78"/>
        <source>day</source>
        <translation>gün</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="79"/>
        <source>week</source>
        <translation>həftə</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="79"/>
        <source>month</source>
        <translation>ay</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="80"/>
        <source>year</source>
        <translation>il</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="80"/>
        <source>event</source>
        <translation>hadisə</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="84"/>
        <source>Step unit for playback and the step buttons</source>
        <translation>Oynatma və addım düymələri üçün addım vahidi</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="86"/>
        <source>%1 /s</source>
        <translation>%1 /san</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="88"/>
        <source>Playback speed: steps per second</source>
        <translation>Oynatma sürəti: saniyədə addım</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="89"/>
        <source>Start again from the beginning at the end</source>
        <translation>Sonda yenidən əvvəldən başla</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="90"/>
        <source>Jump over stretches without events</source>
        <translation>Hadisəsiz aralıqları keç</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="91"/>
        <source>Step</source>
        <translation>Addım</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="103"/>
        <source>Events shown: cumulative (all so far, older ones faded), day (those spanning the date) or Nd (those meeting the N days ending on the date; type e.g. 14d)</source>
        <translation>Göstərilən hadisələr: cumulative (indiyədək hamısı, köhnələr solğun), day (tarixi əhatə edənlər) və ya Nd (tarixlə bitən N günə düşənlər; məsələn, 14d yazın)</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="105"/>
        <source>Window</source>
        <translation>Pəncərə</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="110"/>
        <source>Date shown on the map: type it or pick it from the calendar (Ctrl+G)</source>
        <translation>Xəritədə göstərilən tarix: yazın və ya təqvimdən seçin (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="111"/>
        <source>Current date</source>
        <translation>Cari tarix</translation>
    </message>
</context>
<context>
    <name>ka::TimelineView</name>
    <message>
        <location filename="../../app/timeline/timelineview.cpp" line="26"/>
        <source>Timeline</source>
        <translation>Zaman xətti</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelineview.cpp" line="27"/>
        <source>Click to pick a date, drag the handle to scrub, drag to pan, wheel to zoom, double-click to show all</source>
        <translation>Tarix seçmək üçün klikləyin, sürüşdürmək üçün tutacağı çəkin, hərəkət etdirmək üçün çəkin, miqyas üçün çarxı fırladın, hamısını göstərmək üçün iki dəfə klikləyin</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelineview.cpp" line="337"/>
        <source>%1 – %2: %3 events</source>
        <translation>%1 – %2: %3 hadisə</translation>
    </message>
</context>
<context>
    <name>ka::DateField</name>
    <message>
        <location filename="../../app/timeline/datefield.cpp" line="1"/>
        <source>Date shown on the map: type it as YYYY-MM-DD and press Enter, or pick it from the calendar (Ctrl+G). Up/Down: a day, PgUp/PgDn: a month.</source>
        <translation>Xəritədəki tarix: YYYY-MM-DD şəklində yazıb Enter basın və ya təqvimdən seçin (Ctrl+G). Yuxarı/Aşağı: bir gün, PgUp/PgDn: bir ay.</translation>
    </message>
    <message>
        <location filename="../../app/timeline/datefield.cpp" line="1"/>
        <source>YYYY-MM-DD</source>
        <translation>İİİİ-AA-GG</translation>
    </message>
    <message>
        <location filename="../../app/timeline/datefield.cpp" line="1"/>
        <source>Current date</source>
        <translation>Cari tarix</translation>
    </message>
    <message>
        <location filename="../../app/timeline/datefield.cpp" line="1"/>
        <source>Pick the date from a calendar</source>
        <translation>Tarixi təqvimdən seçin</translation>
    </message>
    <message>
        <location filename="../../app/timeline/datefield.cpp" line="1"/>
        <source>Calendar</source>
        <translation>Təqvim</translation>
    </message>
    <message>
        <location filename="../../app/timeline/datefield.cpp" line="1"/>
        <source>“%1” is not a date: type it as YYYY-MM-DD, e.g. 2020-11-10</source>
        <translation>“%1” tarix deyil: YYYY-MM-DD şəklində yazın, məsələn 2020-11-10</translation>
    </message>
    <message>
        <location filename="../../app/timeline/datefield.cpp" line="1"/>
        <source>%1 is not a day of the calendar</source>
        <translation>%1 — təqvimdə belə gün yoxdur</translation>
    </message>
    <message>
        <location filename="../../app/timeline/datefield.cpp" line="1"/>
        <source>%1 is outside the scenario&apos;s dates, %2 to %3</source>
        <translation>%1 ssenarinin tarixlərindən kənardadır: %2 – %3</translation>
    </message>
</context>
<context>
    <name>ka::AttributeTableDialog</name>
    <message>
        <source>Attributes of “%1”</source>
        <translation>“%1” atributları</translation>
    </message>
    <message>
        <source>Features at %1: %2 of %3</source>
        <translation>%1 tarixində obyektlər: %2 / %3</translation>
    </message>
</context>
<context>
    <name>ka::LayerEditor</name>
    <message>
        <source>Style of “%1”</source>
        <translation>“%1” üslubu</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>“%1” sil</translation>
    </message>
    <message>
        <source>Move “%1” up</source>
        <translation>“%1” yuxarı</translation>
    </message>
    <message>
        <source>Move “%1” down</source>
        <translation>“%1” aşağı</translation>
    </message>
    <message>
        <source>Reorder layers</source>
        <translation>Layların sırası</translation>
    </message>
</context>
<context>
    <name>ka::LayerPropertiesDialog</name>
    <message>
        <source>Properties of “%1”</source>
        <translation>“%1” xassələri</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Dolğu</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Kontur</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Dairə</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Kvadrat</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Üçbucaq</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>Romb</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>Xaç</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Ulduz</translation>
    </message>
    <message>
        <source>A field name, or a template such as {name_hy} / {name_az}; empty: no labels</source>
        <translation>Sahə adı və ya {name_hy} / {name_az} kimi şablon; boş: etiketsiz</translation>
    </message>
    <message>
        <source>&amp;Fill:</source>
        <translation>&amp;Dolğu:</translation>
    </message>
    <message>
        <source>&amp;Outline:</source>
        <translation>&amp;Kontur:</translation>
    </message>
    <message>
        <source>Outline &amp;width:</source>
        <translation>Kontur &amp;qalınlığı:</translation>
    </message>
    <message>
        <source>&amp;Dash:</source>
        <translation>&amp;Ştrix:</translation>
    </message>
    <message>
        <source>O&amp;pacity:</source>
        <translation>Ş&amp;əffafsızlıq:</translation>
    </message>
    <message>
        <source>Point &amp;symbol:</source>
        <translation>Nöqtə &amp;simvolu:</translation>
    </message>
    <message>
        <source>Point si&amp;ze:</source>
        <translation>Nöqtə ö&amp;lçüsü:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiket:</translation>
    </message>
    <message>
        <source>#rrggbb, #aarrggbb, a colour name, or none</source>
        <translation>#rrggbb, #aarrggbb, rəng adı və ya none</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Rəng seçin</translation>
    </message>
</context>
<context>
    <name>ka::RecentFiles</name>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (yoxdur)</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 artıq yoxdur</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Son fayl yoxdur</translation>
    </message>
    <message>
        <source>Remove &amp;Missing Files</source>
        <translation>&amp;Olmayan faylları sil</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Siyahını təmizlə</translation>
    </message>
</context>
<context>
    <name>ka::FindBox</name>
    <message>
        <source>place</source>
        <translation>yer</translation>
    </message>
    <message>
        <source>map feature</source>
        <translation>xəritə obyekti</translation>
    </message>
    <message>
        <source>event</source>
        <translation>hadisə</translation>
    </message>
    <message>
        <source>Find a place or event (Ctrl+F)</source>
        <translation>Yer və ya hadisə tap (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find places, map features and events by any of their names — English, Armenian or Azerbaijani, with or without accents</source>
        <translation>Yerləri, xəritə obyektlərini və hadisələri istənilən adı ilə tapın — ingilis, erməni və ya azərbaycan dilində, diakritik işarələrlə və ya onlarsız</translation>
    </message>
    <message>
        <source>Find a place</source>
        <translation>Yer tap</translation>
    </message>
    <message>
        <source>matches “%1”</source>
        <translation>uyğun gəlir: “%1”</translation>
    </message>
</context>
<context>
    <name>ka::MapCanvas</name>
    <message>
        <source>… and %1 more</source>
        <translation>… və daha %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 events here&lt;/b&gt;</source>
        <translation>&lt;b&gt;Burada %1 hadisə&lt;/b&gt;</translation>
    </message>
    <message>
        <source>click to choose one</source>
        <translation>birini seçmək üçün klikləyin</translation>
    </message>
</context>
<context>
    <name>ka::PostgisDialog</name>
    <message>
        <source>Add PostGIS Layer</source>
        <translation>PostGIS qatı əlavə et</translation>
    </message>
    <message>
        <source>a section of pg_service.conf (optional)</source>
        <translation>pg_service.conf bölməsi (istəyə bağlı)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>standart</translation>
    </message>
    <message>
        <source>not stored; empty: pgpass or service file</source>
        <translation>saxlanmır; boş: pgpass və ya service faylı</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Xidmət:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host adı:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port nömrəsi:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Verilənlər bazası:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>İstifadəçi:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parol:</translation>
    </message>
    <message>
        <source>SSL mode:</source>
        <translation>SSL rejimi:</translation>
    </message>
    <message>
        <source>&amp;List Tables</source>
        <translation>&amp;Cədvəlləri göstər</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Cədvəl</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>Həndəsə</translation>
    </message>
    <message>
        <source>SRID</source>
        <translation>SRID</translation>
    </message>
    <message>
        <source>Rows (estimate)</source>
        <translation>Sətirlər (təxmini)</translation>
    </message>
    <message>
        <source>Add Layer</source>
        <translation>Qat əlavə et</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>naməlum</translation>
    </message>
    <message>
        <source>Spatial tables and views: %1</source>
        <translation>Məkan cədvəlləri və görünüşlər: %1</translation>
    </message>
</context>
<context>
    <name>ka::AddViewDialog</name>
    <message>
        <location filename="../../app/project/addviewdialog.cpp" line="15"/>
        <source>Add View</source>
        <translation>Görünüş əlavə et</translation>
    </message>
    <message>
        <location filename="../../app/project/addviewdialog.cpp" line="19"/>
        <source>Optional: a line under the title of the view&apos;s page</source>
        <translation>İstəyə görə: görünüş səhifəsinin başlığı altında sətir</translation>
    </message>
    <message>
        <location filename="../../app/project/addviewdialog.cpp" line="27"/>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <location filename="../../app/project/addviewdialog.cpp" line="28"/>
        <source>&amp;Caption:</source>
        <translation>&amp;İzah:</translation>
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
        <translation>%1: məlumat faylı tapılmadı və ya oxunmadı; onun layları çatışmayan kimi işarələnib və layihədə saxlanılıb. Onu göstərmək üçün «Tap…» istifadə edin.</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="220"/>
        <source>Missing Data</source>
        <translation>Çatışmayan məlumat</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="222"/>
        <source>Locate…</source>
        <translation>Tap…</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="225"/>
        <source>Locate %1</source>
        <translation>%1 faylını tap</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="226"/>
        <source>Vector data (*.%1);;All files (*)</source>
        <translation>Vektor məlumatları (*.%1);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="256"/>
        <location filename="../../app/project/projectcontroller.cpp" line="461"/>
        <source>Open Project</source>
        <translation>Layihəni aç</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="285"/>
        <source>Save Project</source>
        <translation>Layihəni saxla</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="295"/>
        <source>Saved %1</source>
        <translation>Saxlanıldı: %1</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="303"/>
        <source>Karabakh Atlas</source>
        <translation>Qarabağ Atlası</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="310"/>
        <source>the untitled project</source>
        <translation>adsız layihədə</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="311"/>
        <source>Save the changes to %1?</source>
        <translation>%1 dəyişiklikləri saxlanılsın?</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="357"/>
        <source>Karabakh Atlas did not close normally. Restore the unsaved work%1?</source>
        <translation>Qarabağ Atlası normal bağlanmadı. Saxlanmamış iş bərpa edilsin%1?</translation>
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
        <translation>Görünüş %1</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="438"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="444"/>
        <source>Nothing is loaded yet</source>
        <translation>Hələ heç nə yüklənməyib</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/project/projectcontroller.cpp" line="452"/>
        <source>Exported %n view(s)</source>
        <translation>
            <numerusform>%n görünüş ixrac edildi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="463"/>
        <source>Projects and scenarios (*.kaproj.json *.json);;All files (*)</source>
        <translation>Layihələr və ssenarilər (*.kaproj.json *.json);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="475"/>
        <source>untitled</source>
        <translation>adsiz</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="478"/>
        <source>Save Project As</source>
        <translation>Layihəni fərqli saxla</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="478"/>
        <source>Projects (*.kaproj.json)</source>
        <translation>Layihələr (*.kaproj.json)</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="498"/>
        <location filename="../../app/project/projectcontroller.cpp" line="502"/>
        <location filename="../../app/project/projectcontroller.cpp" line="511"/>
        <source>Export Views</source>
        <translation>Görünüşləri ixrac et</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="498"/>
        <source>There are no views yet: add some with View ▸ Add View.</source>
        <translation>Hələ görünüş yoxdur: Görünüş ▸ Görünüş əlavə et ilə əlavə edin.</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="504"/>
        <source>briefing.pdf</source>
        <translation>briefing.pdf</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="505"/>
        <source>One PDF, a page per view (*.pdf);;PNG files, one per view (*.png);;SVG files, one per view (*.svg)</source>
        <translation>Bir PDF, hər görünüşə bir səhifə (*.pdf);;PNG faylları, hər görünüşə bir (*.png);;SVG faylları, hər görünüşə bir (*.svg)</translation>
    </message>
</context>
<context>
    <name>ka::ViewsPanel</name>
    <message>
        <location filename="../../app/project/viewspanel.cpp" line="28"/>
        <source>No views yet: View ▸ Add View saves what the map shows.</source>
        <translation>Hələ görünüş yoxdur: Görünüş ▸ Görünüş əlavə et xəritənin göstərdiyini saxlayır.</translation>
    </message>
    <message>
        <location filename="../../app/project/viewspanel.cpp" line="29"/>
        <source>Rename</source>
        <translation>Adını dəyiş</translation>
    </message>
    <message>
        <location filename="../../app/project/viewspanel.cpp" line="30"/>
        <source>Up</source>
        <translation>Yuxarı</translation>
    </message>
    <message>
        <location filename="../../app/project/viewspanel.cpp" line="31"/>
        <source>Down</source>
        <translation>Aşağı</translation>
    </message>
    <message>
        <location filename="../../app/project/viewspanel.cpp" line="32"/>
        <source>Remove</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../app/project/viewspanel.cpp" line="78"/>
        <source>Alt+%1 goes to this view</source>
        <translation>Alt+%1 bu görünüşə keçir</translation>
    </message>
</context>
<context>
    <name>ka::EventMappingDialog</name>
    <message>
        <source>Columns of %1</source>
        <translation>%1 sütunları</translation>
    </message>
    <message>
        <source>Say which columns hold the date and the place of each event. Rows whose date cannot be read are listed in the Messages panel.</source>
        <translation>Hər hadisənin tarixi və yerinin hansı sütunlarda olduğunu göstərin. Tarixi oxunmayan sətirlər «Mesajlar» panelində sadalanır.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Tarix:</translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>Tarix formatı:</translation>
    </message>
    <message>
        <source>A preset, or a Qt date pattern such as dd.MM.yyyy</source>
        <translation>Hazır format və ya Qt tarix şablonu, məsələn dd.MM.yyyy</translation>
    </message>
    <message>
        <source>End date:</source>
        <translation>Bitmə tarixi:</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>Uzunluq:</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>Enlik:</translation>
    </message>
    <message>
        <source>Or WKT geometry:</source>
        <translation>Və ya WKT həndəsəsi:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kateqoriya:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Başlıq:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Xülasə:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Yer:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Mənbə:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Keçid:</translation>
    </message>
    <message>
        <source>Fatalities:</source>
        <translation>Ölənlər:</translation>
    </message>
    <message>
        <source>Location precision:</source>
        <translation>Yerin dəqiqliyi:</translation>
    </message>
    <message>
        <source>accuracy in metres</source>
        <translation>metrlə dəqiqlik</translation>
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
        <translation>Dəqiqliyin mənası:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Sətir</translation>
    </message>
    <message>
        <source>Date as written</source>
        <translation>Fayldakı tarix</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Oxunuş</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yoxdur)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>oxunmur</translation>
    </message>
    <message>
        <source>Choose the date column.</source>
        <translation>Tarix sütununu seçin.</translation>
    </message>
    <message>
        <source>The date format must name a year (yyyy).</source>
        <translation>Tarix formatında il olmalıdır (yyyy).</translation>
    </message>
    <message>
        <source>%1 of the first %2 rows cannot be read with this format.</source>
        <translation>İlk %2 sətirdən %1-i bu formatla oxunmur.</translation>
    </message>
</context>
<context>
    <name>OffscreenEvents</name>
    <message>
        <location filename="../../app/mapview/offscreenevents.cpp" line="140"/>
        <source>above the map</source>
        <translation>xəritənin yuxarısında</translation>
    </message>
    <message>
        <location filename="../../app/mapview/offscreenevents.cpp" line="140"/>
        <source>to the upper right</source>
        <translation>yuxarıda sağda</translation>
    </message>
    <message>
        <location filename="../../app/mapview/offscreenevents.cpp" line="140"/>
        <source>to the right</source>
        <translation>sağda</translation>
    </message>
    <message>
        <location filename="../../app/mapview/offscreenevents.cpp" line="140"/>
        <source>to the lower right</source>
        <translation>aşağıda sağda</translation>
    </message>
    <message>
        <location filename="../../app/mapview/offscreenevents.cpp" line="140"/>
        <source>below the map</source>
        <translation>xəritənin aşağısında</translation>
    </message>
    <message>
        <location filename="../../app/mapview/offscreenevents.cpp" line="140"/>
        <source>to the lower left</source>
        <translation>aşağıda solda</translation>
    </message>
    <message>
        <location filename="../../app/mapview/offscreenevents.cpp" line="140"/>
        <source>to the left</source>
        <translation>solda</translation>
    </message>
    <message>
        <location filename="../../app/mapview/offscreenevents.cpp" line="140"/>
        <source>to the upper left</source>
        <translation>yuxarıda solda</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/mapview/offscreenevents.cpp" line="143"/>
        <source>%n event(s) shown at this date lie outside the map, %1. Click to bring the nearest into view.</source>
        <translation>
            <numerusform>Bu tarixdə göstərilən %n hadisə xəritədən kənardadır, %1. Ən yaxınını görmək üçün klikləyin.</numerusform>
        </translation>
    </message>
</context>
</TS>
