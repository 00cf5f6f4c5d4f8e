<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>ka::EventDetailsPanel</name>
    <message>
        <source>Place known only approximately:</source>
        <translation>Место известно лишь приблизительно:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <source>Fatalities:</source>
        <translation>Погибшие:</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventdetailspanel.cpp" line="9"/>
        <source>Event details</source>
        <translation>Подробности события</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventdetailspanel.cpp" line="10"/>
        <source>Select an event in the table, on the map or with the event buttons.</source>
        <translation>Выберите событие в таблице, на карте или кнопками событий.</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventdetailspanel.cpp" line="40"/>
        <source>always</source>
        <translation>всегда</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventdetailspanel.cpp" line="43"/>
        <source>from %1 until %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventdetailspanel.cpp" line="44"/>
        <source>the start</source>
        <translation>начала</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventdetailspanel.cpp" line="45"/>
        <source>now</source>
        <translation>настоящее время</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventdetailspanel.cpp" line="64"/>
        <source> (%1 precision: %2 to %3)</source>
        <translation> (точность: %1, с %2 по %3)</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventdetailspanel.cpp" line="77"/>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>This took place in %1, far outside the map; the map stays where it is.</source>
        <translation>Место: %1, далеко за пределами карты; карта остаётся на месте.</translation>
    </message>
    <message>
        <source>Go there</source>
        <translation>Перейти туда</translation>
    </message>
</context>
<context>
    <name>ka::EventTableModel</name>
    <message>
        <location filename="../../app/panels/eventtablemodel.cpp" line="90"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventtablemodel.cpp" line="92"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventtablemodel.cpp" line="94"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventtablemodel.cpp" line="96"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventtablemodel.cpp" line="98"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>ka::EventTablePanel</name>
    <message>
        <location filename="../../app/panels/eventtablepanel.cpp" line="25"/>
        <source>Filter events: title, summary, place, source…</source>
        <translation>Фильтр событий: заголовок, описание, место, источник…</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventtablepanel.cpp" line="27"/>
        <source>Event categories</source>
        <translation>Категории событий</translation>
    </message>
    <message>
        <location filename="../../app/panels/eventtablepanel.cpp" line="49"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
</context>
<context>
    <name>ka::ExportDialog</name>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="42"/>
        <location filename="../../app/export/exportdialog.cpp" line="362"/>
        <source>Export Map</source>
        <translation>Экспорт карты</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="62"/>
        <source>PNG image</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="63"/>
        <source>JPEG image</source>
        <translation>Изображение JPEG</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="64"/>
        <source>SVG drawing (vector, text as text)</source>
        <translation>Рисунок SVG (вектор, текст остаётся текстом)</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="65"/>
        <source>PDF document (vector, selectable text)</source>
        <translation>Документ PDF (вектор, выделяемый текст)</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="66"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
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
        <translation>Другой</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="74"/>
        <source> px</source>
        <translation> пикс.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="78"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="85"/>
        <source>Size:</source>
        <translation>Размер:</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="93"/>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="94"/>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="99"/>
        <source>Page:</source>
        <translation>Страница:</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="106"/>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="108"/>
        <source>Title and date</source>
        <translation>Заголовок и дата</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="109"/>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="110"/>
        <source>Scale bar</source>
        <translation>Масштабная линейка</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="111"/>
        <source>North arrow</source>
        <translation>Стрелка севера</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="112"/>
        <source>Attribution</source>
        <translation>Атрибуция</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="113"/>
        <source>Locator map</source>
        <translation>Обзорная карта</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="117"/>
        <source>Layout:</source>
        <translation>Оформление:</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="119"/>
        <source>Frame &amp;sequence (one file per step)</source>
        <translation>&amp;Последовательность кадров (файл на каждый шаг)</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="128"/>
        <source>1 day</source>
        <translation>1 день</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="129"/>
        <source>1 week</source>
        <translation>1 неделя</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="130"/>
        <source>1 month</source>
        <translation>1 месяц</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="131"/>
        <source>each event date</source>
        <translation>каждая дата события</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="133"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="135"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="137"/>
        <source>every</source>
        <translation>шаг</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="141"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="163"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="164"/>
        <source>&amp;Copy Map to Clipboard</source>
        <translation>&amp;Копировать карту в буфер обмена</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="171"/>
        <source>Output:</source>
        <translation>Вывод:</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="269"/>
        <source>The map fills the page; text and lines at print size.</source>
        <translation>Карта заполняет страницу; текст и линии в печатном размере.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="270"/>
        <source>Drawn like a %1 × %2 window at %3 dpi.</source>
        <translation>Рисуется как окно %1 × %2 при %3 dpi.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="361"/>
        <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Изображение PNG (*.png);;Изображение JPEG (*.jpg *.jpeg);;Рисунок SVG (*.svg);;Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="400"/>
        <source>Choose an output file.</source>
        <translation>Выберите файл для сохранения.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="408"/>
        <source>No frame between %1 and %2.</source>
        <translation>Между %1 и %2 нет ни одного кадра.</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="423"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="431"/>
        <source>Map copied to the clipboard</source>
        <translation>Карта скопирована в буфер обмена</translation>
    </message>
</context>
<context>
    <name>ka::FrameSequenceRunner</name>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="39"/>
        <source>Writing %1 frames…</source>
        <translation>Запись кадров: %1…</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="39"/>
        <location filename="../../app/export/framesequencerunner.cpp" line="148"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="40"/>
        <location filename="../../app/export/framesequencerunner.cpp" line="79"/>
        <location filename="../../app/export/framesequencerunner.cpp" line="123"/>
        <source>Export Frames</source>
        <translation>Экспорт кадров</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="83"/>
        <source>Wrote %1 frames</source>
        <translation>Записано кадров: %1</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="127"/>
        <source>The frames are written. To make a video, install ffmpeg and run:

%1

or, for a GIF:

%2</source>
        <translation>Кадры записаны. Чтобы сделать видео, установите ffmpeg и выполните:

%1

или для GIF:

%2</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="133"/>
        <source>The frames are written. Assemble them with ffmpeg?</source>
        <translation>Кадры записаны. Собрать их с помощью ffmpeg?</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="134"/>
        <source>Make MP4</source>
        <translation>Создать MP4</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="135"/>
        <source>Make GIF</source>
        <translation>Создать GIF</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="148"/>
        <source>Assembling %1 with ffmpeg…</source>
        <translation>Сборка %1 с помощью ffmpeg…</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="149"/>
        <location filename="../../app/export/framesequencerunner.cpp" line="186"/>
        <source>Export Video</source>
        <translation>Экспорт видео</translation>
    </message>
    <message>
        <location filename="../../app/export/framesequencerunner.cpp" line="183"/>
        <source>Wrote %1</source>
        <translation>Записано: %1</translation>
    </message>
</context>
<context>
    <name>ka::LayerPanel</name>
    <message>
        <location filename="../../app/panels/layerpanel.cpp" line="15"/>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerpanel.cpp" line="15"/>
        <source>Shown</source>
        <translation>Показан</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerpanel.cpp" line="20"/>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <location filename="../../app/panels/layerpanel.cpp" line="85"/>
        <source>%1 of %2 features at %3</source>
        <translation>%1 из %2 объектов на %3</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 и ещё %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>about %1 m</source>
        <translation>около %1 м</translation>
    </message>
    <message>
        <source>%1 to %2 m</source>
        <translation>от %1 до %2 м</translation>
    </message>
    <message>
        <source>Accuracy: %1</source>
        <translation>Точность: %1</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(без категории)</translation>
    </message>
    <message>
        <source>Events of the category “%1”</source>
        <translation>События категории «%1»</translation>
    </message>
</context>
<context>
    <name>ka::MainActions</name>
    <message>
        <source>Add &amp;PostGIS Layer…</source>
        <translation>Добавить слой &amp;PostGIS…</translation>
    </message>
    <message>
        <source>Add a table or view of a PostgreSQL/PostGIS database, read per view from the server</source>
        <translation>Добавить таблицу или представление базы PostgreSQL/PostGIS; данные читаются с сервера для видимой области</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="31"/>
        <source>&amp;Open Scenario…</source>
        <translation>&amp;Открыть сценарий…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="32"/>
        <source>Open a scenario file, replacing the current one</source>
        <translation>Открыть файл сценария вместо текущего</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="34"/>
        <source>&amp;Add Data…</source>
        <translation>&amp;Добавить данные…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="34"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="34"/>
        <source>Add any GDAL vector source as layers</source>
        <translation>Добавить любой векторный источник GDAL как слои</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="35"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="35"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="36"/>
        <source>Save the map with title, legend and credits as PNG, JPEG, SVG or PDF, or a frame sequence</source>
        <translation>Сохранить карту с заголовком, легендой и источниками в PNG, JPEG, SVG или PDF либо как последовательность кадров</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="38"/>
        <source>&amp;Copy Map</source>
        <translation>&amp;Копировать карту</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="38"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="38"/>
        <source>Copy the map image to the clipboard</source>
        <translation>Скопировать изображение карты в буфер обмена</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="39"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="42"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="43"/>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="45"/>
        <source>&amp;Zoom to Scenario</source>
        <translation>&amp;Весь сценарий</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="45"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="45"/>
        <source>Show the scenario&apos;s initial view</source>
        <translation>Показать исходный вид сценария</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="47"/>
        <source>&amp;English names</source>
        <translation>&amp;Английские названия</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="48"/>
        <source>&amp;Armenian names</source>
        <translation>&amp;Армянские названия</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="48"/>
        <source>A&amp;zerbaijani names</source>
        <translation>А&amp;зербайджанские названия</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="49"/>
        <source>&amp;Both local names</source>
        <translation>&amp;Оба местных названия</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="58"/>
        <source>&amp;System Language</source>
        <translation>&amp;Язык системы</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="68"/>
        <source>&amp;Previous Event</source>
        <translation>&amp;Предыдущее событие</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="68"/>
        <source>Ctrl+Left</source>
        <translation>Ctrl+Left</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="69"/>
        <source>&amp;Next Event</source>
        <translation>&amp;Следующее событие</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="69"/>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Right</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="71"/>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Воспроизвести / пауза</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="71"/>
        <source>Play time forward or pause</source>
        <translation>Двигать время вперёд или остановить</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="72"/>
        <source>Step &amp;Back</source>
        <translation>Шаг &amp;назад</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="72"/>
        <source>[</source>
        <translation>[</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="72"/>
        <source>Step back by the timeline&apos;s unit</source>
        <translation>Шаг назад на единицу шкалы времени</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="74"/>
        <source>Step &amp;Forward</source>
        <translation>Шаг в&amp;перёд</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="74"/>
        <source>]</source>
        <translation>]</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="74"/>
        <source>Step forward by the timeline&apos;s unit</source>
        <translation>Шаг вперёд на единицу шкалы времени</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="75"/>
        <source>&amp;Go to Date…</source>
        <translation>П&amp;ерейти к дате…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="75"/>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="75"/>
        <source>Type a date</source>
        <translation>Введите дату</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="77"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="77"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="78"/>
        <source>&amp;About Karabakh Atlas</source>
        <translation>&amp;О программе Karabakh Atlas</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="84"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="91"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="98"/>
        <source>Interface &amp;Language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="102"/>
        <source>Interface Language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="103"/>
        <source>The interface will be in %1 from the next start of Karabakh Atlas.</source>
        <translation>Язык интерфейса сменится на «%1» при следующем запуске Karabakh Atlas.</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="107"/>
        <source>&amp;Time</source>
        <translation>Вр&amp;емя</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="110"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="123"/>
        <source>&lt;tr&gt;&lt;td&gt;Map: zoom about the cursor&lt;/td&gt;&lt;td&gt;&lt;b&gt;mouse wheel&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Map: pan&lt;/td&gt;&lt;td&gt;&lt;b&gt;drag, or arrow keys&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Map: zoom in / out&lt;/td&gt;&lt;td&gt;&lt;b&gt;+ / −&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Map: select / describe an event&lt;/td&gt;&lt;td&gt;&lt;b&gt;click / hover its marker&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Timeline: zoom / pan&lt;/td&gt;&lt;td&gt;&lt;b&gt;wheel / drag&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Timeline: pick a date / scrub&lt;/td&gt;&lt;td&gt;&lt;b&gt;click / drag the handle&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Timeline (focused): day, month, first, last&lt;/td&gt;&lt;td&gt;&lt;b&gt;←/→, PgUp/PgDn, Home/End&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Timeline: show everything&lt;/td&gt;&lt;td&gt;&lt;b&gt;double-click&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;Карта: масштаб вокруг курсора&lt;/td&gt;&lt;td&gt;&lt;b&gt;колесо мыши&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Карта: сдвиг&lt;/td&gt;&lt;td&gt;&lt;b&gt;перетаскивание или стрелки&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Карта: увеличить / уменьшить&lt;/td&gt;&lt;td&gt;&lt;b&gt;+ / −&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Карта: выбрать / описать событие&lt;/td&gt;&lt;td&gt;&lt;b&gt;щелчок / наведение на значок&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Шкала времени: масштаб / сдвиг&lt;/td&gt;&lt;td&gt;&lt;b&gt;колесо / перетаскивание&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Шкала времени: выбрать дату / прокрутка&lt;/td&gt;&lt;td&gt;&lt;b&gt;щелчок / перетаскивание ручки&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Шкала времени (в фокусе): день, месяц, первое, последнее&lt;/td&gt;&lt;td&gt;&lt;b&gt;←/→, PgUp/PgDn, Home/End&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Шкала времени: показать всё&lt;/td&gt;&lt;td&gt;&lt;b&gt;двойной щелчок&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Undo the last change to a layer</source>
        <translation>Отменить последнее изменение слоя</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Повторить последнее отменённое изменение</translation>
    </message>
    <message>
        <source>&amp;Zoom to Layer</source>
        <translation>&amp;Показать слой целиком</translation>
    </message>
    <message>
        <source>Show the whole of the layer</source>
        <translation>Показать весь слой</translation>
    </message>
    <message>
        <source>Open &amp;Attribute Table</source>
        <translation>Открыть &amp;таблицу атрибутов</translation>
    </message>
    <message>
        <source>A sortable table of the layer's features at the date; selecting a row shows it on the map</source>
        <translation>Сортируемая таблица объектов слоя на дату; выбор строки показывает объект на карте</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Свойства…</translation>
    </message>
    <message>
        <source>Fill, outline, width, dash, opacity, point symbol and size, labels; drawn at once, undoable</source>
        <translation>Заливка, контур, толщина, штрих, непрозрачность, знак и размер точки, подписи; применяется сразу, отменяемо</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <source>Draw the layer above the one over it</source>
        <translation>Рисовать слой поверх лежащего выше</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <source>Draw the layer below the one under it</source>
        <translation>Рисовать слой под лежащим ниже</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Take the layer off the map (Undo puts it back)</source>
        <translation>Убрать слой с карты (Отменить вернёт его)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Layer</source>
        <translation>С&amp;лой</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="31"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="32"/>
        <source>Open a project or scenario file, replacing what the window shows</source>
        <translation>Открыть файл проекта или сценария вместо показанного в окне</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="33"/>
        <source>&amp;Save Project</source>
        <translation>&amp;Сохранить проект</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="34"/>
        <source>Save layers, styles, date, window, filters, extent and views to the project file</source>
        <translation>Сохранить слои, стили, дату, окно, фильтры, охват и виды в файл проекта</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="35"/>
        <source>Save Project &amp;As…</source>
        <translation>Сохранить проект &amp;как…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="35"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="36"/>
        <source>Save the project to another file</source>
        <translation>Сохранить проект в другой файл</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="37"/>
        <source>Export &amp;Views…</source>
        <translation>Экспорт &amp;видов…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="38"/>
        <source>Write a briefing: one PDF page per named view, or one PNG/SVG file per view</source>
        <translation>Создать брифинг: по странице PDF или файлу PNG/SVG на каждый вид</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="52"/>
        <source>Add &amp;View…</source>
        <translation>Добавить &amp;вид…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="52"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="53"/>
        <source>Save the extent, date, window, visible layers and filters under a name</source>
        <translation>Сохранить охват, дату, окно, видимые слои и фильтры под именем</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="55"/>
        <source>Go to View %1</source>
        <translation>Перейти к виду %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="55"/>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainactions.cpp" line="107"/>
        <source>&amp;Go to View</source>
        <translation>&amp;Перейти к виду</translation>
    </message>
</context>
<context>
    <name>ka::MainWindow</name>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="1"/>
        <source>Reset &amp;Layout</source>
        <translation>Сбросить &amp;расположение</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="1"/>
        <source>Window size, docks and their sizes as at the first start</source>
        <translation>Размер окна, панели и их размеры — как при первом запуске</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="54"/>
        <source>Karabakh Atlas</source>
        <translation>Karabakh Atlas</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="63"/>
        <source>Loading cancelled</source>
        <translation>Загрузка отменена</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="101"/>
        <source>Layers</source>
        <translation>Слои</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="102"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="104"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="106"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="127"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="128"/>
        <source>Stop loading; the map keeps what it shows</source>
        <translation>Остановить загрузку; карта сохранит уже показанное</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="153"/>
        <source>lon %1°  lat %2°</source>
        <translation>долг. %1°  шир. %2°</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="154"/>
        <source>outside the map&apos;s CRS</source>
        <translation>вне системы координат карты</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="162"/>
        <source>Map copied to the clipboard</source>
        <translation>Карта скопирована в буфер обмена</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="184"/>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="220"/>
        <source>Loading %p%</source>
        <translation>Загрузка %p%</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="223"/>
        <source>Loading %1…</source>
        <translation>Загрузка %1…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="252"/>
        <source>%1 — Karabakh Atlas</source>
        <translation>%1 — Karabakh Atlas</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="270"/>
        <source>%1: %2 layers, %3 events</source>
        <translation>%1: слоёв — %2, событий — %3</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="348"/>
        <source>No later event</source>
        <translation>Более поздних событий нет</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="348"/>
        <source>No earlier event</source>
        <translation>Более ранних событий нет</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="359"/>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="373"/>
        <source>Add Data</source>
        <translation>Добавить данные</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="361"/>
        <source>Vector data (*.gpkg *.geojson *.json *.shp *.kml *.fgb *.csv *.xlsx *.ods *.gpx *.gml *.sqlite);;All files (*)</source>
        <translation>Векторные данные (*.gpkg *.geojson *.json *.shp *.kml *.fgb *.csv *.xlsx *.ods *.gpx *.gml *.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="381"/>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="390"/>
        <source>Open Scenario</source>
        <translation>Открыть сценарий</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="383"/>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>Файлы сценариев (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="413"/>
        <source>About Karabakh Atlas</source>
        <translation>О программе Karabakh Atlas</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="414"/>
        <source>&lt;h3&gt;Karabakh Atlas %1&lt;/h3&gt;&lt;p&gt;A map and timeline of the Nagorno-Karabakh conflict region: boundaries, lines of contact, the Lachin corridor and reported events, date by date.&lt;/p&gt;&lt;p&gt;Data credits:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Each event carries its own source; select it to see it.&lt;/p&gt;&lt;p&gt;Running with %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Karabakh Atlas %1&lt;/h3&gt;&lt;p&gt;Карта и хронология региона нагорно-карабахского конфликта: границы, линии соприкосновения, Лачинский коридор и сообщения о событиях — день за днём.&lt;/p&gt;&lt;p&gt;Источники данных:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;У каждого события свой источник; выберите событие, чтобы его увидеть.&lt;/p&gt;&lt;p&gt;Используются: %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 no longer exists; removed from Open Recent</source>
        <translation>%1 больше не существует; удалён из недавних файлов</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Removed “%1” (Ctrl+Z puts it back)</source>
        <translation>«%1» удалён (Ctrl+Z вернёт его)</translation>
    </message>
    <message>
        <source>The layer has nothing to zoom to</source>
        <translation>В слое нечего показать</translation>
    </message>
    <message>
        <source>&amp;Find a Place…</source>
        <translation>&amp;Найти место…</translation>
    </message>
    <message>
        <source>Find a place, map feature or event by any of its names</source>
        <translation>Найти место, объект карты или событие по любому названию</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Найдено: %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="57"/>
        <source>Karabakh Atlas[*]</source>
        <translation>Karabakh Atlas[*]</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="98"/>
        <source>Views</source>
        <translation>Виды</translation>
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
        <translation>Сообщения</translation>
    </message>
</context>
<context>
    <name>ka::TimelineBar</name>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="1"/>
        <source>◂ Event</source>
        <translation>◂ Событие</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="1"/>
        <source>Event ▸</source>
        <translation>Событие ▸</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="1"/>
        <source>Previous event: select the event before the current date and go to it (Ctrl+Left)</source>
        <translation>Предыдущее событие: выбрать событие перед текущей датой и перейти к нему (Ctrl+Left)</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="1"/>
        <source>Next event: select the event after the current date and go to it (Ctrl+Right)</source>
        <translation>Следующее событие: выбрать событие после текущей даты и перейти к нему (Ctrl+Right)</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="41"/>
        <source>Loop</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="42"/>
        <source>Skip empty</source>
        <translation>Пропускать пустое</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="67"/>
        <source>Previous event</source>
        <translation>Предыдущее событие</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="67"/>
        <source>Previous event (Ctrl+Left)</source>
        <translation>Предыдущее событие (Ctrl+Left)</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="69"/>
        <source>Step back</source>
        <translation>Шаг назад</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="69"/>
        <source>Step back by the unit ([)</source>
        <translation>Шаг назад на единицу ([)</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="70"/>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="70"/>
        <source>Play / pause (Space)</source>
        <translation>Воспроизвести / пауза (Space)</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="72"/>
        <source>Step forward</source>
        <translation>Шаг вперёд</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="72"/>
        <source>Step forward by the unit (])</source>
        <translation>Шаг вперёд на единицу (])</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="74"/>
        <source>Next event</source>
        <translation>Следующее событие</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="74"/>
        <source>Next event (Ctrl+Right)</source>
        <translation>Следующее событие (Ctrl+Right)</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="78"/>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="79"/>
        <source>week</source>
        <translation>неделя</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="79"/>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="80"/>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="80"/>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="84"/>
        <source>Step unit for playback and the step buttons</source>
        <translation>Единица шага для воспроизведения и кнопок шага</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="86"/>
        <source>%1 /s</source>
        <translation>%1 /с</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="88"/>
        <source>Playback speed: steps per second</source>
        <translation>Скорость воспроизведения: шагов в секунду</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="89"/>
        <source>Start again from the beginning at the end</source>
        <translation>В конце начинать сначала</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="90"/>
        <source>Jump over stretches without events</source>
        <translation>Перескакивать промежутки без событий</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="91"/>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="103"/>
        <source>Events shown: cumulative (all so far, older ones faded), day (those spanning the date) or Nd (those meeting the N days ending on the date; type e.g. 14d)</source>
        <translation>Показываемые события: cumulative (все до даты, старые бледнее), day (охватывающие дату) или Nd (пересекающие N дней до даты; введите, например, 14d)</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="105"/>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="110"/>
        <source>Date shown on the map: type it or pick it from the calendar (Ctrl+G)</source>
        <translation>Дата на карте: введите её или выберите в календаре (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinebar.cpp" line="111"/>
        <source>Current date</source>
        <translation>Текущая дата</translation>
    </message>
</context>
<context>
    <name>ka::TimelineView</name>
    <message>
        <location filename="../../app/timeline/timelineview.cpp" line="26"/>
        <source>Timeline</source>
        <translation>Шкала времени</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelineview.cpp" line="27"/>
        <source>Click to pick a date, drag the handle to scrub, drag to pan, wheel to zoom, double-click to show all</source>
        <translation>Щелчок — выбрать дату, перетаскивание ручки — прокрутка, перетаскивание — сдвиг, колесо — масштаб, двойной щелчок — показать всё</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelineview.cpp" line="337"/>
        <source>%1 – %2: %3 events</source>
        <translation>%1 – %2: событий — %3</translation>
    </message>
</context>
<context>
    <name>ka::DateField</name>
    <message>
        <location filename="../../app/timeline/datefield.cpp" line="1"/>
        <source>Date shown on the map: type it as YYYY-MM-DD and press Enter, or pick it from the calendar (Ctrl+G). Up/Down: a day, PgUp/PgDn: a month.</source>
        <translation>Дата на карте: введите её в виде YYYY-MM-DD и нажмите Enter или выберите в календаре (Ctrl+G). Вверх/Вниз: на день, PgUp/PgDn: на месяц.</translation>
    </message>
    <message>
        <location filename="../../app/timeline/datefield.cpp" line="1"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../app/timeline/datefield.cpp" line="1"/>
        <source>Current date</source>
        <translation>Текущая дата</translation>
    </message>
    <message>
        <location filename="../../app/timeline/datefield.cpp" line="1"/>
        <source>Pick the date from a calendar</source>
        <translation>Выбрать дату в календаре</translation>
    </message>
    <message>
        <location filename="../../app/timeline/datefield.cpp" line="1"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../../app/timeline/datefield.cpp" line="1"/>
        <source>“%1” is not a date: type it as YYYY-MM-DD, e.g. 2020-11-10</source>
        <translation>«%1» — не дата: введите её в виде YYYY-MM-DD, например 2020-11-10</translation>
    </message>
    <message>
        <location filename="../../app/timeline/datefield.cpp" line="1"/>
        <source>%1 is not a day of the calendar</source>
        <translation>%1 — такого дня нет в календаре</translation>
    </message>
    <message>
        <location filename="../../app/timeline/datefield.cpp" line="1"/>
        <source>%1 is outside the scenario&apos;s dates, %2 to %3</source>
        <translation>%1 вне дат сценария: с %2 по %3</translation>
    </message>
</context>
<context>
    <name>ka::AttributeTableDialog</name>
    <message>
        <source>Attributes of “%1”</source>
        <translation>Атрибуты «%1»</translation>
    </message>
    <message>
        <source>Features at %1: %2 of %3</source>
        <translation>Объекты на %1: %2 из %3</translation>
    </message>
</context>
<context>
    <name>ka::LayerEditor</name>
    <message>
        <source>Style of “%1”</source>
        <translation>Стиль «%1»</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Удалить «%1»</translation>
    </message>
    <message>
        <source>Move “%1” up</source>
        <translation>«%1» выше</translation>
    </message>
    <message>
        <source>Move “%1” down</source>
        <translation>«%1» ниже</translation>
    </message>
    <message>
        <source>Reorder layers</source>
        <translation>Порядок слоёв</translation>
    </message>
</context>
<context>
    <name>ka::LayerPropertiesDialog</name>
    <message>
        <source>Properties of “%1”</source>
        <translation>Свойства «%1»</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Заливка</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Контур</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Круг</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Квадрат</translation>
    </message>
    <message>
        <source>Triangle</source>
        <translation>Треугольник</translation>
    </message>
    <message>
        <source>Diamond</source>
        <translation>Ромб</translation>
    </message>
    <message>
        <source>Cross</source>
        <translation>Крест</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Звезда</translation>
    </message>
    <message>
        <source>A field name, or a template such as {name_hy} / {name_az}; empty: no labels</source>
        <translation>Имя поля или шаблон вида {name_hy} / {name_az}; пусто — без подписей</translation>
    </message>
    <message>
        <source>&amp;Fill:</source>
        <translation>&amp;Заливка:</translation>
    </message>
    <message>
        <source>&amp;Outline:</source>
        <translation>&amp;Контур:</translation>
    </message>
    <message>
        <source>Outline &amp;width:</source>
        <translation>&amp;Толщина контура:</translation>
    </message>
    <message>
        <source>&amp;Dash:</source>
        <translation>&amp;Штрих:</translation>
    </message>
    <message>
        <source>O&amp;pacity:</source>
        <translation>&amp;Непрозрачность:</translation>
    </message>
    <message>
        <source>Point &amp;symbol:</source>
        <translation>&amp;Знак точки:</translation>
    </message>
    <message>
        <source>Point si&amp;ze:</source>
        <translation>&amp;Размер точки:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Подпись:</translation>
    </message>
    <message>
        <source>#rrggbb, #aarrggbb, a colour name, or none</source>
        <translation>#rrggbb, #aarrggbb, название цвета или none</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Выбрать цвет</translation>
    </message>
</context>
<context>
    <name>ka::RecentFiles</name>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (отсутствует)</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 больше не существует</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Нет недавних файлов</translation>
    </message>
    <message>
        <source>Remove &amp;Missing Files</source>
        <translation>Убрать &amp;отсутствующие файлы</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Очистить список</translation>
    </message>
</context>
<context>
    <name>ka::FindBox</name>
    <message>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>map feature</source>
        <translation>объект карты</translation>
    </message>
    <message>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message>
        <source>Find a place or event (Ctrl+F)</source>
        <translation>Найти место или событие (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find places, map features and events by any of their names — English, Armenian or Azerbaijani, with or without accents</source>
        <translation>Поиск мест, объектов карты и событий по любому их названию — на английском, армянском или азербайджанском, с диакритикой или без</translation>
    </message>
    <message>
        <source>Find a place</source>
        <translation>Найти место</translation>
    </message>
    <message>
        <source>matches “%1”</source>
        <translation>совпадает с «%1»</translation>
    </message>
</context>
<context>
    <name>ka::MapCanvas</name>
    <message>
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 events here&lt;/b&gt;</source>
        <translation>&lt;b&gt;Событий здесь: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>click to choose one</source>
        <translation>щёлкните, чтобы выбрать</translation>
    </message>
</context>
<context>
    <name>ka::PostgisDialog</name>
    <message>
        <source>Add PostGIS Layer</source>
        <translation>Добавить слой PostGIS</translation>
    </message>
    <message>
        <source>a section of pg_service.conf (optional)</source>
        <translation>раздел pg_service.conf (необязательно)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>по умолчанию</translation>
    </message>
    <message>
        <source>not stored; empty: pgpass or service file</source>
        <translation>не сохраняется; пусто: файл pgpass или service</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Сервис:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Хост:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>SSL mode:</source>
        <translation>Режим SSL:</translation>
    </message>
    <message>
        <source>&amp;List Tables</source>
        <translation>&amp;Показать таблицы</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation>Геометрия</translation>
    </message>
    <message>
        <source>SRID</source>
        <translation>SRID</translation>
    </message>
    <message>
        <source>Rows (estimate)</source>
        <translation>Строк (оценка)</translation>
    </message>
    <message>
        <source>Add Layer</source>
        <translation>Добавить слой</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Spatial tables and views: %1</source>
        <translation>Пространственных таблиц и представлений: %1</translation>
    </message>
</context>
<context>
    <name>ka::AddViewDialog</name>
    <message>
        <location filename="../../app/project/addviewdialog.cpp" line="15"/>
        <source>Add View</source>
        <translation>Добавить вид</translation>
    </message>
    <message>
        <location filename="../../app/project/addviewdialog.cpp" line="19"/>
        <source>Optional: a line under the title of the view&apos;s page</source>
        <translation>Необязательно: строка под заголовком страницы вида</translation>
    </message>
    <message>
        <location filename="../../app/project/addviewdialog.cpp" line="27"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../app/project/addviewdialog.cpp" line="28"/>
        <source>&amp;Caption:</source>
        <translation>&amp;Подпись:</translation>
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
        <translation>%1: файл данных не найден или не читается; его слои помечены как отсутствующие и сохранены в проекте. Укажите его через «Найти…».</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="220"/>
        <source>Missing Data</source>
        <translation>Отсутствующие данные</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="222"/>
        <source>Locate…</source>
        <translation>Найти…</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="225"/>
        <source>Locate %1</source>
        <translation>Найти %1</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="226"/>
        <source>Vector data (*.%1);;All files (*)</source>
        <translation>Векторные данные (*.%1);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="256"/>
        <location filename="../../app/project/projectcontroller.cpp" line="461"/>
        <source>Open Project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="285"/>
        <source>Save Project</source>
        <translation>Сохранить проект</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="295"/>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="303"/>
        <source>Karabakh Atlas</source>
        <translation>Атлас Карабаха</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="310"/>
        <source>the untitled project</source>
        <translation>безымянном проекте</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="311"/>
        <source>Save the changes to %1?</source>
        <translation>Сохранить изменения в %1?</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="357"/>
        <source>Karabakh Atlas did not close normally. Restore the unsaved work%1?</source>
        <translation>Атлас Карабаха закрылся некорректно. Восстановить несохранённую работу%1?</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="358"/>
        <source> on %1</source>
        <translation> над %1</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="377"/>
        <location filename="../../app/project/projectcontroller.cpp" line="489"/>
        <source>View %1</source>
        <translation>Вид %1</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="438"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="444"/>
        <source>Nothing is loaded yet</source>
        <translation>Ещё ничего не загружено</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/project/projectcontroller.cpp" line="452"/>
        <source>Exported %n view(s)</source>
        <translation>
            <numerusform>Экспортирован %n вид</numerusform>
            <numerusform>Экспортировано %n вида</numerusform>
            <numerusform>Экспортировано %n видов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="463"/>
        <source>Projects and scenarios (*.kaproj.json *.json);;All files (*)</source>
        <translation>Проекты и сценарии (*.kaproj.json *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="475"/>
        <source>untitled</source>
        <translation>без_имени</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="478"/>
        <source>Save Project As</source>
        <translation>Сохранить проект как</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="478"/>
        <source>Projects (*.kaproj.json)</source>
        <translation>Проекты (*.kaproj.json)</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="498"/>
        <location filename="../../app/project/projectcontroller.cpp" line="502"/>
        <location filename="../../app/project/projectcontroller.cpp" line="511"/>
        <source>Export Views</source>
        <translation>Экспорт видов</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="498"/>
        <source>There are no views yet: add some with View ▸ Add View.</source>
        <translation>Видов пока нет: добавьте их через Вид ▸ Добавить вид.</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="504"/>
        <source>briefing.pdf</source>
        <translation>briefing.pdf</translation>
    </message>
    <message>
        <location filename="../../app/project/projectcontroller.cpp" line="505"/>
        <source>One PDF, a page per view (*.pdf);;PNG files, one per view (*.png);;SVG files, one per view (*.svg)</source>
        <translation>Один PDF, страница на вид (*.pdf);;Файлы PNG, по одному на вид (*.png);;Файлы SVG, по одному на вид (*.svg)</translation>
    </message>
</context>
<context>
    <name>ka::ViewsPanel</name>
    <message>
        <location filename="../../app/project/viewspanel.cpp" line="28"/>
        <source>No views yet: View ▸ Add View saves what the map shows.</source>
        <translation>Видов пока нет: Вид ▸ Добавить вид сохраняет то, что показывает карта.</translation>
    </message>
    <message>
        <location filename="../../app/project/viewspanel.cpp" line="29"/>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <location filename="../../app/project/viewspanel.cpp" line="30"/>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location filename="../../app/project/viewspanel.cpp" line="31"/>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location filename="../../app/project/viewspanel.cpp" line="32"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../app/project/viewspanel.cpp" line="78"/>
        <source>Alt+%1 goes to this view</source>
        <translation>Alt+%1 переходит к этому виду</translation>
    </message>
</context>
<context>
    <name>ka::EventMappingDialog</name>
    <message>
        <source>Columns of %1</source>
        <translation>Столбцы %1</translation>
    </message>
    <message>
        <source>Say which columns hold the date and the place of each event. Rows whose date cannot be read are listed in the Messages panel.</source>
        <translation>Укажите, в каких столбцах дата и место каждого события. Строки с нечитаемой датой перечисляются на панели «Сообщения».</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>Формат даты:</translation>
    </message>
    <message>
        <source>A preset, or a Qt date pattern such as dd.MM.yyyy</source>
        <translation>Готовый формат или шаблон даты Qt, например dd.MM.yyyy</translation>
    </message>
    <message>
        <source>End date:</source>
        <translation>Дата окончания:</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>Долгота:</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>Широта:</translation>
    </message>
    <message>
        <source>Or WKT geometry:</source>
        <translation>Или геометрия WKT:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Link:</source>
        <translation>Ссылка:</translation>
    </message>
    <message>
        <source>Fatalities:</source>
        <translation>Погибшие:</translation>
    </message>
    <message>
        <source>Location precision:</source>
        <translation>Точность места:</translation>
    </message>
    <message>
        <source>accuracy in metres</source>
        <translation>точность в метрах</translation>
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
        <translation>Что означает точность:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Date as written</source>
        <translation>Дата в файле</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Прочитано как</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>не читается</translation>
    </message>
    <message>
        <source>Choose the date column.</source>
        <translation>Выберите столбец даты.</translation>
    </message>
    <message>
        <source>The date format must name a year (yyyy).</source>
        <translation>Формат даты должен содержать год (yyyy).</translation>
    </message>
    <message>
        <source>%1 of the first %2 rows cannot be read with this format.</source>
        <translation>%1 из первых %2 строк не читаются в этом формате.</translation>
    </message>
</context>
<context>
    <name>OffscreenEvents</name>
    <message>
        <location filename="../../app/mapview/offscreenevents.cpp" line="140"/>
        <source>above the map</source>
        <translation>над картой</translation>
    </message>
    <message>
        <location filename="../../app/mapview/offscreenevents.cpp" line="140"/>
        <source>to the upper right</source>
        <translation>вверху справа</translation>
    </message>
    <message>
        <location filename="../../app/mapview/offscreenevents.cpp" line="140"/>
        <source>to the right</source>
        <translation>справа</translation>
    </message>
    <message>
        <location filename="../../app/mapview/offscreenevents.cpp" line="140"/>
        <source>to the lower right</source>
        <translation>внизу справа</translation>
    </message>
    <message>
        <location filename="../../app/mapview/offscreenevents.cpp" line="140"/>
        <source>below the map</source>
        <translation>под картой</translation>
    </message>
    <message>
        <location filename="../../app/mapview/offscreenevents.cpp" line="140"/>
        <source>to the lower left</source>
        <translation>внизу слева</translation>
    </message>
    <message>
        <location filename="../../app/mapview/offscreenevents.cpp" line="140"/>
        <source>to the left</source>
        <translation>слева</translation>
    </message>
    <message>
        <location filename="../../app/mapview/offscreenevents.cpp" line="140"/>
        <source>to the upper left</source>
        <translation>вверху слева</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/mapview/offscreenevents.cpp" line="143"/>
        <source>%n event(s) shown at this date lie outside the map, %1. Click to bring the nearest into view.</source>
        <translation>
            <numerusform>%n событие на эту дату лежит за пределами карты, %1. Щёлкните, чтобы показать ближайшее.</numerusform>
            <numerusform>%n события на эту дату лежат за пределами карты, %1. Щёлкните, чтобы показать ближайшее.</numerusform>
            <numerusform>%n событий на эту дату лежат за пределами карты, %1. Щёлкните, чтобы показать ближайшее.</numerusform>
        </translation>
    </message>
</context>
</TS>
