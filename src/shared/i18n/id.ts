/**
 * Bahasa Indonesia: every text of `en`, written for a streamer rather than word for word. Tencent
 * console places use the names of Tencent's Indonesian edition ("Domain Management (Manajemen
 * Domain)", "Stream Management > Live Streams (Manajemen Streaming > Streaming Langsung)",
 * "Disabled Streams (Streaming Dinonaktifkan)"), so they match what the user sees on screen.
 * "Push" stays as in Tencent's Indonesian pages ("URL push", "kegagalan push").
 */
import type { TimeWords } from '../format-time'
import type { en } from './en'

/** Indonesian words around expiry dates and durations: "dalam 9 j 40 mnt". */
export const idTimeWords: TimeWords = {
  future: '{{date}} ({{rel}})',
  in: 'dalam {{duration}}',
  ago: 'kedaluwarsa {{duration}} yang lalu',
  day: 'hr',
  hour: 'j',
  minute: 'mnt',
  lessThanMinute: 'kurang dari semenit'
}

/** All texts in Bahasa Indonesia; a key missing from `en` is a type error. */
export const id: Record<keyof typeof en, string> = {
  // ── app screens ──
  'ui.title': 'Push Preflight',
  'ui.tagline':
    'Apakah push RTMP saya akan berhasil dari sini? Jika tidak: kenapa, dan apa yang harus dilakukan.',
  'ui.tab.check': 'Periksa URL push',
  'ui.tab.generate': 'Buat URL push',
  'ui.mode.url': 'URL push',
  'ui.mode.obs': 'Server + Stream Key OBS',
  'ui.field.url': 'URL push',
  'ui.field.url.placeholder': 'rtmp://push.example.com/live/stream?txSecret=…&txTime=…',
  'ui.field.server': 'Server (kolom “Server” di OBS)',
  'ui.field.server.placeholder': 'rtmp://push.example.com/live/',
  'ui.field.streamKey': 'Stream Key (kolom “Stream Key” di OBS)',
  'ui.field.streamKey.placeholder': 'stream?txSecret=…&txTime=…',
  'ui.field.key': 'Kunci push (opsional, tetap di komputer ini)',
  'ui.field.backupKey': 'Kunci cadangan (opsional)',
  'ui.field.authDelta': 'AuthDelta, detik (opsional)',
  'ui.field.showLength': 'Perkiraan durasi siaran, jam (opsional)',
  'ui.analysis.heading': 'Yang terbaca dari URL itu sendiri (offline)',
  'ui.analysis.empty': 'Tempel URL push untuk melihat analisisnya langsung saat Anda mengetik.',
  'ui.analysis.parsed': 'Host {{host}}, port {{port}}, AppName “{{app}}”, StreamName “{{stream}}”',
  'ui.analysis.invalid': 'Ini belum bisa dipakai sebagai URL push',
  'ui.status.pass': 'OK',
  'ui.status.warn': 'Peringatan',
  'ui.status.fail': 'Masalah',
  'ui.status.skipped': 'Tidak diperiksa',
  'ui.check.expiry': 'Masa berlaku URL (txTime)',
  'ui.check.signature': 'Tanda tangan (txSecret)',
  'ui.check.txhost': 'Push ke alamat IP (txHost)',
  'ui.expiry.when': 'Kedaluwarsa {{when}}',
  'ui.ffmpeg.heading': 'Alat uji lokal (ffmpeg)',
  'ui.ffmpeg.found': 'ffmpeg {{version}} dari {{source}}',
  'ui.ffmpeg.source.env': 'FFMPEG_PATH',
  'ui.ffmpeg.source.ffmpeg-static': 'ffmpeg-static bawaan',
  'ui.ffmpeg.source.ffmpeg-installer': '@ffmpeg-installer bawaan',
  'ui.ffmpeg.source.path': 'PATH sistem',
  'ui.ffmpeg.checking': 'Mencari ffmpeg…',
  'ui.gen.domain': 'Domain push',
  'ui.gen.app': 'AppName',
  'ui.gen.stream': 'StreamName',
  'ui.gen.key': 'Kunci push',
  'ui.gen.hours': 'Berlaku selama (jam)',
  'ui.gen.algorithm': 'Algoritme tanda tangan',
  'ui.gen.result': 'URL push bertanda tangan',
  'ui.gen.copy': 'Salin',
  'ui.gen.copied': 'Tersalin',
  'ui.gen.short':
    'Berlaku kurang dari 12 jam: jika jaringan terputus menjelang akhir siaran, push ulang akan gagal. Tencent menyarankan 12–24 jam.',
  'ui.error.ipc': 'Aplikasi tidak dapat melakukannya: {{message}}',
  'ui.run.start': 'Jalankan pemeriksaan lengkap',
  'ui.run.again': 'Jalankan lagi',
  'ui.run.cancel': 'Batal',
  'ui.run.progress': 'Pemeriksaan sedang berjalan',
  'ui.run.waiting': 'menunggu',
  'ui.run.running': 'berjalan…',
  'ui.run.ms': '{{ms}} ms',
  'ui.run.push-live': '{{time}} dtk terkirim, {{kbps}} kbit/s',
  'ui.run.result': 'Hasil',
  'ui.run.details': 'Detail teknis (linimasa, log ffmpeg — data rahasia sudah dihapus)',
  'ui.run.timeline': 'Linimasa',
  'ui.run.log': 'Log ffmpeg (baris terakhir)',
  'ui.run.dns': 'Server DNS (opsional, IP[:port])',
  'ui.run.pushSeconds': 'Push uji, detik',
  'ui.run.noPush': 'Tanpa push uji (hanya URL, DNS, port, handshake, publish)',
  'ui.run.pushReal': 'Push pola uji ke stream ASLI saya (penonton akan melihatnya)',
  'ui.run.pushReal.confirm':
    'Tanpa kunci push, push uji hanya bisa dikirim ke nama stream asli Anda, dan siapa pun yang menonton stream itu akan melihat pola uji selama beberapa detik. Push ke stream asli?',
  'ui.run.pushReal.yes': 'Ya, push ke stream asli saya',
  'ui.run.pushReal.no': 'Tidak, lewati push media',
  // ── wizard ──
  'ui.lang.label': 'Bahasa',
  'ui.lang.en': 'English',
  'ui.lang.id': 'Bahasa Indonesia',
  'ui.lang.zh-CN': '简体中文',
  'ui.start.heading': 'Periksa push Anda sebelum siaran langsung',
  'ui.start.intro':
    'Tempel URL push dari konsol Tencent Cloud (atau Server dan Stream Key dari OBS). Aplikasi menguji DNS, port, handshake RTMP, dan push uji singkat dari jaringan ini, lalu memberi tahu apa yang harus diperbaiki.',
  'ui.start.mode': 'Yang Anda punya',
  'ui.start.advanced': 'Opsi lainnya',
  'ui.keys.remember': 'Ingat kunci push saya di komputer ini (terenkripsi)',
  'ui.keys.remembered': 'Kunci push dimuat dari komputer ini (terenkripsi).',
  'ui.keys.not-saved': 'Komputer ini tidak dapat mengenkripsi kunci, jadi kunci hanya disimpan di memori.',
  'ui.keys.hint':
    'Kunci push hanya dipakai di komputer ini untuk memeriksa tanda tangan dan menandatangani stream uji. Kunci tidak pernah dikirim ke mana pun.',
  'ui.open': 'Buka laporan tersimpan',
  'ui.open.error.too-large': 'File itu terlalu besar untuk laporan Push Preflight.',
  'ui.open.error.not-json': 'File itu bukan laporan Push Preflight (bukan JSON).',
  'ui.open.error.not-a-report': 'File itu bukan laporan Push Preflight.',
  'ui.open.error.unreadable': 'File itu tidak dapat dibaca.',
  'ui.running.heading': 'Memeriksa push Anda…',
  'ui.running.heading.hotspot': 'Memeriksa ulang lewat hotspot…',
  'ui.run.elapsed': 'Berjalan: {{seconds}} dtk',
  'ui.result.checked': 'Diperiksa {{date}} di {{machine}} · {{host}}',
  'ui.result.saved':
    'Laporan tersimpan “{{file}}”, diperiksa {{date}} di {{machine}}. Ini menunjukkan hasil pemeriksaan itu, bukan pemeriksaan baru.',
  'ui.result.next': 'Langkah berikutnya',
  'ui.result.next.go-live': 'Anda bisa siaran langsung dari jaringan ini.',
  'ui.result.next.hotspot':
    'Cari tahu apakah jaringan ini masalahnya: jalankan pemeriksaan yang sama lewat hotspot 4G/5G ponsel (di bawah).',
  'ui.result.next.fix': '{{step}} — {{fix}}',
  'ui.result.steps': 'Langkah demi langkah, sesuai urutan pemecahan masalah Tencent',
  'ui.result.edit': 'Ubah URL',
  'ui.step.evidence': 'Yang dilihat pemeriksaan',
  'ui.step.not-checked': 'Tidak diperiksa dalam pemeriksaan ini.',
  'ui.step.undetermined': 'Tidak dinilai: pemeriksaan berhenti di penyebab lain lebih dulu (lihat kartu di atas).',
  'ui.step.pass.cname': 'Domain push mengarah ke Tencent Cloud dengan benar.',
  'ui.step.pass.network': 'Jaringan ini mencapai server di TCP {{port}}, dan server berbicara RTMP.',
  'ui.step.pass.expiry': 'URL push berlaku cukup lama.',
  'ui.step.pass.signature': 'Tanda tangan (txSecret) cocok dengan kunci push Anda.',
  'ui.step.pass.stream-in-use': 'Server menerima nama stream ini: tidak ada yang sedang mem-push-nya dan tidak dinonaktifkan.',
  'ui.step.pass.stream-dropped': 'Push uji berjalan selama seluruh waktu uji tanpa terputus.',
  'ui.step.pass.uplink': 'Unggahan dari jaringan ini sanggup mengikuti bitrate yang direncanakan.',
  'ui.step.pass.ffmpeg': 'Alat uji lokal berfungsi.',
  'ui.ev.chain': 'Rantai CNAME: {{chain}} → {{addresses}}',
  'ui.ev.port-open': 'TCP {{port}} ke {{ip}}: tersambung dalam {{ms}} md.',
  'ui.ev.port-refused': 'TCP {{port}} ke {{ip}}: ditolak setelah {{ms}} md.',
  'ui.ev.port-filtered': 'TCP {{port}} ke {{ip}}: tidak ada jawaban sama sekali selama {{ms}} md.',
  'ui.ev.port-other': 'TCP {{port}} ke {{ip}}: gagal setelah {{ms}} md ({{code}}).',
  'ui.ev.handshake': 'Handshake RTMP dijawab dalam {{ms}} md.',
  'ui.hotspot.heading': 'Apakah jaringan ini? Coba hotspot ponsel',
  'ui.hotspot.why':
    'Buktinya mengarah ke jaringan ini (firewall, proxy, atau DNS). Menjalankan pemeriksaan yang sama lewat data seluler ponsel menunjukkan apakah jaringan yang bermasalah.',
  'ui.hotspot.steps':
    'Nyalakan hotspot 4G/5G di ponsel Anda.\nSambungkan komputer ini ke hotspot itu (dan putuskan Wi-Fi atau kabel tempat acara).\nTekan “Coba lagi lewat hotspot”.',
  'ui.hotspot.retry': 'Coba lagi lewat hotspot',
  'ui.hotspot.checking': 'Melihat jaringan…',
  'ui.hotspot.same':
    'Komputer ini sepertinya masih di jaringan yang sama (alamat, router, dan server DNS sama). Sambungkan ke hotspot ponsel dulu, lalu tekan Coba lagi.',
  'ui.hotspot.anyway': 'Tetap periksa di jaringan ini',
  'ui.hotspot.changed': 'Jaringan berubah: {{what}}.',
  'ui.hotspot.change.interfaces': 'adaptor jaringan',
  'ui.hotspot.change.addresses': 'alamat IP',
  'ui.hotspot.change.gateway': 'router',
  'ui.hotspot.change.dns': 'server DNS',
  'ui.compare.heading': 'Jaringan ini vs hotspot ponsel',
  'ui.compare.here': 'Jaringan ini',
  'ui.compare.there': 'Hotspot ponsel',
  'ui.compare.step': 'Langkah',
  'ui.compare.network': 'Jaringan',
  'ui.compare.verdict': 'Hasil',
  'ui.compare.conclusion.network-blocks':
    'Jaringan ini memblokir TCP {{port}} ke {{host}}: minta IT-nya mengizinkan TCP {{port}} keluar ke {{host}} ({{ips}}), atau siarkan lewat hotspot.',
  'ui.compare.conclusion.fails-both':
    'Gagal di kedua jaringan, jadi bukan jaringannya: periksa URL (host dan port) dan kuncinya.',
  'ui.compare.conclusion.works-both': 'Berhasil di kedua jaringan: jaringan ini bukan masalahnya.',
  'ui.compare.conclusion.works-here-only': 'Berhasil di jaringan ini tetapi tidak lewat hotspot: siarkan lewat jaringan ini.',
  'ui.compare.same-network': 'Kedua pemeriksaan sepertinya berjalan di jaringan yang sama, jadi perbandingan ini kurang berarti.',
  'ui.export.heading': 'Bagikan hasil ini',
  'ui.export.json': 'Simpan laporan (JSON, bisa dibuka lagi di sini)',
  'ui.export.markdown': 'Simpan sebagai teks (Markdown)',
  'ui.export.copy': 'Salin sebagai teks',
  'ui.export.copied': 'Tersalin. Tempel ke chat atau email ke tim dukungan.',
  'ui.export.saved': 'Disimpan sebagai {{file}}.',
  'ui.export.redacted': 'Laporan tidak pernah berisi kunci push Anda, dan txSecret dipotong menjadi 4 karakter pertamanya.',
  'ui.sheet.open': 'Lembar go/no-go untuk IT tempat acara',
  'ui.sheet.title': 'Pemeriksaan jaringan siaran langsung: go / no-go',
  'ui.sheet.go': 'GO',
  'ui.sheet.go-warn': 'GO, dengan peringatan',
  'ui.sheet.nogo': 'NO-GO',
  'ui.sheet.host': 'Server (host push)',
  'ui.sheet.ips': 'Alamat IP server',
  'ui.sheet.port': 'Port',
  'ui.sheet.protocol': 'Protokol',
  'ui.sheet.protocol.value': 'RTMP lewat TCP, keluar dari jaringan ini',
  'ui.sheet.verdict': 'Hasil',
  'ui.sheet.time': 'Diperiksa',
  'ui.sheet.machine': 'Komputer',
  'ui.sheet.ask': 'Mohon izinkan TCP {{port}} keluar dari jaringan ini ke {{host}} ({{ips}}).',
  'ui.sheet.print': 'Cetak',
  'ui.sheet.close': 'Kembali ke hasil',
  'ui.demo.heading': 'Belum punya URL push? Coba demonya',
  'ui.demo.intro': 'Demo menjalankan seluruh pemeriksaan terhadap server uji di komputer ini (tidak ada yang dikirim ke internet), sehingga Anda bisa melihat seperti apa setiap masalah.',
  'ui.demo.scenario': 'Skenario demo',
  'ui.demo.case.ok': 'Semua berfungsi',
  'ui.demo.case.cname': 'Langkah 1 · CNAME tidak ada',
  'ui.demo.case.network': 'Langkah 2 · Port diblokir',
  'ui.demo.case.expiry': 'Langkah 3 · URL kedaluwarsa',
  'ui.demo.case.signature': 'Langkah 4 · Tanda tangan salah',
  'ui.demo.case.stream-in-use': 'Langkah 5 · Stream sedang dipakai',
  'ui.demo.case.uplink': 'Unggahan terlalu lambat',
  'ui.demo.try': 'Coba demo',
  'ui.demo.banner': 'Demo: hasil ini berasal dari server uji di komputer ini, bukan dari stream Anda.',

  // ── push URL: parse errors and notes ──
  'url-empty':
    'Tempel URL push (diawali rtmp://). Anda bisa mendapatkannya di Address Generator (Generator Alamat) pada konsol Tencent.',
  'url-too-long':
    'Panjangnya {{length}} karakter, padahal URL push biasanya kurang dari 200 (batas {{max}}). Ada teks lain yang ikut tertempel: salin lagi alamat push dari Address Generator (Generator Alamat) di konsol Tencent.',
  'url-control-chars':
    'Ada karakter tak terlihat ({{char}}) di posisi {{index}}, biasanya baris baru atau spasi nol-lebar yang ikut tersalin. Hapus karakter itu, atau tempel ulang URL sebagai teks biasa.',
  'url-bad-scheme':
    'Alamat ini diawali “{{scheme}}://”, padahal alamat push RTMP diawali rtmp:// (atau rtmps://). Alamat http(s) dan .flv/.m3u8 untuk menonton, bukan untuk push; webrtc:// dan srt:// adalah protokol push lain yang belum diuji di sini. Salin alamat push RTMP dari Address Generator (Generator Alamat) di konsol Tencent.',
  'url-no-scheme':
    'Alamat tidak diawali rtmp://. Mungkin maksud Anda {{suggestion}}…? Tambahkan “rtmp://” di depannya.',
  'url-no-host':
    'Domain push tidak ada setelah rtmp://. Bentuknya seharusnya rtmp://<domain-push>/live/<StreamName>.',
  'url-bad-host':
    '“{{host}}” bukan domain push atau alamat IP yang valid: domain hanya berisi huruf, angka, titik, dan tanda hubung (alamat IPv6 ditulis dalam kurung siku, misalnya rtmp://[2001:db8::1]/live/…). Salin domain push persis seperti yang tertera di konsol Tencent.',
  'url-bad-port':
    'Port “{{port}}” tidak valid (harus 1–65535). Hapus saja untuk memakai port default (1935 untuk rtmp://, 443 untuk rtmps://).',
  'url-no-app':
    'AppName tidak ada: URL push Tencent berbentuk rtmp://<domain-push>/live/<StreamName>. Tambahkan AppName (biasanya “live”) sebelum nama stream.',
  'url-no-stream':
    'StreamName tidak ada setelah “/{{app}}/”. Tambahkan nama stream (beserta bagian ?txSecret=…&txTime=…), atau di OBS isikan di kolom Stream Key.',
  'url-inner-spaces':
    'Ada spasi di dalam alamat pada posisi {{index}}. URL push tidak pernah berisi spasi: hapus spasi itu (biasanya muncul karena menyalin dari dua baris).',
  'url-key-pasted-twice':
    'Nama stream atau bagian ?txSecret=…&txTime=… muncul dua kali karena tertempel dua kali. Sisakan satu saja: rtmp://<domain-push>/live/<StreamName>?txSecret=…&txTime=….',
  'url-server-has-stream':
    'Kolom Server sudah berisi nama stream {{stream}} atau bagian ?txSecret=…-nya. Di OBS, Server hanya berisi rtmp://<domain-push>/live/ dan sisanya masuk ke Stream Key.',
  'url-bad-query':
    'Parameter “{{param}}” setelah tanda “?” rusak (escape %-nya tidak lengkap atau namanya kosong). Salin lagi URL push dari Address Generator (Generator Alamat) di konsol Tencent.',
  'url-bad-encoding':
    'Nama stream “{{stream}}” berisi escape % yang rusak. Gunakan nama stream yang hanya berisi huruf, angka, “_”, dan “-”.',
  'url-double-slash':
    'Path-nya punya bagian kosong (dua garis miring berturut-turut, atau garis miring di akhir) di sekitar posisi {{index}}. Hapus “/” yang berlebih.',
  'url-obs-no-server':
    'Kolom Server kosong. Di OBS isinya rtmp://<domain-push>/live/ (bagian URL push sebelum nama stream).',
  'url-obs-no-key':
    'Kolom Stream Key kosong. Di OBS isinya semua yang ada setelah rtmp://<domain-push>/live/: <StreamName>?txSecret=…&txTime=….',
  'url-key-is-url':
    'Kolom Stream Key berisi alamat rtmp:// lengkap. Isi hanya bagian setelah rtmp://<domain-push>/live/: <StreamName>?txSecret=…&txTime=….',
  'url-trimmed':
    'Spasi atau baris baru di sekitar alamat sudah dihapus. Pastikan kolom di encoder Anda juga bebas dari spasi.',
  'url-encoded-name':
    'Nama stream ditulis dengan %-encoding (“{{raw}}” berarti “{{decoded}}”). Tencent bisa menandatangani dan mencocokkan nama ini berbeda dari yang dikirim encoder: sebaiknya gunakan nama stream berisi huruf, angka, “_”, dan “-” saja.',
  'url-no-query':
    'Tidak ada bagian ?txSecret=…&txTime=…. Domain push Tencent mewajibkannya kecuali autentikasi push dimatikan: buat alamatnya di Address Generator (Generator Alamat) pada konsol Tencent.',
  'url-app-in-stream':
    'Nama stream “{{stream}}” mengandung “/”, jadi kemungkinan AppName ikut di dalamnya. AppName Tencent adalah “{{app}}” dan StreamName hanya bagian setelahnya; di OBS, AppName masuk ke Server, bukan ke Stream Key.',
  'url-obs-joined':
    'Server dan Stream Key digabung menjadi satu URL push, seperti yang dilakukan OBS.',
  'url-default-port':
    'Port tidak disebutkan, jadi port default {{port}} yang dipakai. Port inilah yang harus diizinkan oleh firewall di lokasi acara.',
  'url-nested-app':
    'Path-nya terdiri dari lebih dari dua bagian: akan dikirim sebagai AppName “{{app}}” dan StreamName “{{stream}}”. Tencent memakai AppName satu bagian (biasanya “live”): periksa path-nya.',
  'url-param-case':
    'Parameter “{{found}}” harus ditulis “{{expected}}”: Tencent membaca nama parameter persis apa adanya, jadi parameter ini diabaikan.',
  'url-empty-query-value':
    'Parameter {{param}} kosong. Buat ulang alamatnya di Address Generator (Generator Alamat) pada konsol Tencent.',

  // ── expiry (txTime) ──
  'expiry-ok': 'URL berlaku sampai {{when}}: cukup lama untuk menyambung ulang selama siaran.',
  'expiry-short':
    'URL kedaluwarsa {{when}}, kurang dari 12 jam lagi. Push yang sedang berjalan tidak terputus saat URL kedaluwarsa, tetapi push ulang setelah jaringan terputus akan ditolak. Buat URL yang berlaku 12–24 jam di Address Generator (Generator Alamat) pada konsol Tencent.',
  'expiry-shorter-than-show':
    'URL kedaluwarsa {{when}}, sebelum siaran Anda (ditambah waktu cadangan) selesai. Push ulang menjelang akhir siaran akan ditolak: buat URL yang berlaku lebih lama.',
  'expiry-expired':
    'URL ini {{when}}. Tencent menolak push baru dengan URL ini (error 501, txTime kedaluwarsa). Buat URL baru di Address Generator (Generator Alamat) pada konsol Tencent.',
  'expiry-missing':
    'URL tidak memiliki txTime. Tencent menolak push (error 500) kecuali autentikasi push dimatikan untuk domain ini. Buat alamatnya di Address Generator (Generator Alamat) pada konsol Tencent.',
  'expiry-decimal':
    'txTime “{{txTime}}” tampaknya detik Unix dalam desimal ({{meant}}), padahal Tencent membacanya sebagai heksadesimal, yaitu tanggal berabad-abad dari sekarang; Tencent bisa menolaknya. txTime harus berupa waktu Unix heksadesimal, misalnya 5C271099.',
  'expiry-milliseconds':
    'txTime “{{txTime}}” tampaknya dalam milidetik ({{meant}}), padahal Tencent mengharapkan detik dalam heksadesimal; Tencent bisa menolaknya. Bagi dengan 1000 dan tulis dalam heksadesimal, atau gunakan Address Generator (Generator Alamat) di konsol Tencent.',
  'expiry-bad-format':
    'txTime “{{txTime}}” bukan waktu Unix heksadesimal (hanya angka 0–9 dan huruf A–F, misalnya 5C271099). Buat ulang alamatnya di Address Generator (Generator Alamat) pada konsol Tencent.',
  'expiry-skipped-no-url': 'Tidak diperiksa: URL tidak dapat dibaca.',

  // ── signature (txSecret) ──
  'signature-ok': 'txSecret cocok dengan kunci utama Anda ({{algorithm}}).',
  'signature-ok-backup':
    'txSecret cocok dengan kunci cadangan Anda ({{algorithm}}). Ini tetap berfungsi; jika Anda baru mengganti kunci, URL baru akan memakai kunci utama.',
  'signature-form-ok':
    'Bentuk txSecret sudah benar ({{form}}). Masukkan kunci push Anda (tetap di komputer ini) untuk memastikan perhitungannya benar.',
  'signature-missing':
    'URL tidak memiliki txSecret. Tencent menolak push (error 502) kecuali autentikasi push dimatikan untuk domain ini. Buat alamatnya di Address Generator (Generator Alamat) pada konsol Tencent.',
  'signature-bad-form':
    'txSecret “{{prefix}}…” bukan tanda tangan yang valid: harus 32 karakter heksadesimal (MD5) atau 64 (SHA256). Salin lagi URL lengkapnya dari Address Generator (Generator Alamat) di konsol Tencent.',
  'signature-wrong':
    'txSecret tidak cocok dengan kunci yang Anda masukkan (utama atau cadangan, MD5 atau SHA256): Tencent akan menolak push (error 503). Pastikan kunci itu adalah kunci push yang berlaku untuk domain ini dan URL tidak diubah setelah ditandatangani, atau buat URL baru di Address Generator (Generator Alamat) pada konsol Tencent.',
  'signature-mistake':
    'Cara menghitung txSecret salah: {{mistake}} Perbaiki kode atau alat yang membuat URL, atau gunakan Address Generator (Generator Alamat) di konsol Tencent.',
  'signature-skipped-no-url': 'Tidak diperiksa: URL tidak dapat dibaca.',
  'signature-mistake-app-in-stream':
    'nama yang ditandatangani adalah “{{detail}}”, yang mencampur AppName dan StreamName. Tandatangani StreamName saja: MD5(kunci + StreamName + txTime).',
  'signature-mistake-txtime-case':
    'huruf besar/kecil txTime saat ditandatangani ({{detail}} case) berbeda dengan yang ada di URL. Hash mencakup txTime persis seperti tertulis: gunakan teks yang sama di keduanya (Tencent memakai huruf besar).',
  'signature-mistake-txtime-decimal':
    'txTime ditandatangani sebagai “{{detail}}”, tetapi URL memakai penulisan lain untuk waktu yang sama. Tandatangani dan kirim teks heksadesimal yang sama.',
  'signature-mistake-trailing-space':
    'ada spasi atau baris baru yang ikut ditandatangani bersama kunci atau nama stream ({{detail}}). Hapus spasi yang tidak perlu dari kunci dan nama stream sebelum menghitung hash.',
  'signature-mistake-url-encoded-name':
    'yang ditandatangani adalah nama stream dengan %-encoding “{{detail}}”. Tandatangani nama aslinya, atau lebih baik gunakan nama stream berisi huruf, angka, “_”, dan “-”.',
  'signature-mistake-decoded-name':
    'yang ditandatangani adalah bentuk nama stream yang sudah di-decode (“{{detail}}”). Tandatangani StreamName persis seperti yang ada di URL.',
  'signature-mistake-wrong-algorithm':
    'dibuat dengan {{detail}}, bukan MD5 (atau SHA256) dari kunci + StreamName + txTime.',
  'signature-mistake-wrong-order':
    'bahan-bahannya di-hash dengan urutan yang salah ({{detail}}). Urutannya adalah kunci + StreamName + txTime.',

  // ── txHost ──
  'txhost-not-needed': 'URL memakai nama domain, jadi txHost tidak diperlukan.',
  'txhost-ok':
    'Push ke alamat IP {{host}} dengan txHost={{txHost}}: Tencent bisa mengetahui domain mana yang dituju push ini.',
  'txhost-not-a-name':
    'txHost berisi “{{txHost}}”, yang bukan nama domain. Isinya harus domain push Anda, misalnya &txHost=push.example.com.',
  'txhost-missing':
    'URL melakukan push ke alamat IP {{host}} tanpa &txHost=<domain-push>. Tencent menolak push seperti ini: tambahkan &txHost= dengan domain push Anda, atau gunakan domain push sebagai ganti IP.',
  'txhost-skipped-no-url': 'Tidak diperiksa: URL tidak dapat dibaca.',

  // ── URL generator ──
  'gen-no-domain':
    'Masukkan domain push (konsol Tencent → Domain Management (Manajemen Domain), domain push Anda).',
  'gen-bad-domain':
    'Domain push harus berupa nama domain saja, seperti push.example.com: tanpa rtmp://, tanpa path, bukan alamat IP.',
  'gen-no-app': 'Masukkan AppName (biasanya “live”).',
  'gen-bad-app': 'AppName hanya boleh berisi huruf, angka, “_”, dan “-” (biasanya “live”).',
  'gen-no-stream': 'Masukkan StreamName.',
  'gen-bad-stream':
    'Gunakan StreamName yang hanya berisi huruf, angka, “_”, “-”, dan “.”: karakter lain perlu URL-encoding, dan itu merusak tanda tangan.',
  'gen-no-key':
    'Masukkan kunci push (konsol Tencent → Domain Management (Manajemen Domain) → domain push Anda → Push Configuration (Konfigurasi Push) → Authentication (Autentikasi)). Kunci ini tetap di komputer ini.',
  'gen-bad-key':
    'Kunci push berisi spasi atau karakter tak terlihat. Salin lagi dari konsol Tencent.',
  'gen-bad-expiry':
    'Pilih waktu kedaluwarsa yang valid (Tencent menyarankan 12–24 jam dari sekarang).',
  'gen-expiry-past': 'Waktu kedaluwarsa sudah lewat. Pilih waktu 12–24 jam dari sekarang.',

  // ── DNS ──
  'dns-tencent-cname':
    '{{host}} mengarah ke Tencent Cloud ({{chain}}) dan beralamat {{addresses}}. CNAME sudah diatur dengan benar.',
  'dns-tencent-host':
    '{{host}} sendiri adalah domain push Tencent Cloud (di bawah {{suffix}}), jadi tidak memerlukan CNAME. Alamatnya {{addresses}}.',
  'dns-tencent-play-cname':
    '{{host}} hanya terhubung ke Tencent Cloud melalui alamat pemutaran ({{chain}}). Domain push memerlukan CNAME sendiri: di konsol CSS Tencent Cloud buka Domain Management (Manajemen Domain), cari domain push {{host}}, lalu salin nilai di kolom CNAME-nya ke DNS Anda (bukan nilai milik domain pemutaran).',
  'dns-no-cname':
    '{{host}} memiliki alamat ({{addresses}}) tetapi tidak memiliki rekaman CNAME, sehingga push tidak akan sampai ke Tencent Cloud. Di konsol CSS Tencent Cloud buka Domain Management (Manajemen Domain), salin nilai di kolom CNAME untuk {{host}}, lalu tambahkan rekaman CNAME dengan nilai itu di penyedia DNS Anda (menggantikan rekaman A/AAAA).',
  'dns-foreign-cname':
    '{{host}} memiliki CNAME, tetapi mengarah ke {{last}} ({{chain}}), yang bukan alamat Tencent Cloud. Di konsol CSS Tencent Cloud buka Domain Management (Manajemen Domain), lalu di penyedia DNS Anda ubah CNAME {{host}} menjadi nilai di kolom CNAME.',
  'dns-nxdomain':
    '{{host}} tidak ada di DNS. Periksa ejaan domain push; jika sudah benar, tambahkan rekaman CNAME: di konsol CSS Tencent Cloud buka Domain Management (Manajemen Domain) dan salin nilai di kolom CNAME untuk {{host}} ke penyedia DNS Anda.',
  'dns-cname-target-nxdomain':
    'Rantai CNAME {{host}} ({{chain}}) mengarah ke {{failedName}}, yang tidak ada. Salin lagi nilai CNAME persis seperti di kolom CNAME pada Domain Management (Manajemen Domain) di konsol CSS Tencent Cloud, dan pastikan domain itu masih terdaftar dan aktif di sana.',
  'dns-no-addresses':
    '{{host}} mengarah ke {{last}} ({{chain}}), yang tidak memiliki alamat IPv4 maupun IPv6, jadi tidak ada yang bisa dihubungi. Cocokkan nilai CNAME dengan kolom CNAME pada Domain Management (Manajemen Domain) di konsol CSS Tencent Cloud, dan pastikan domain itu aktif di sana.',
  'dns-servfail':
    'Server DNS ({{resolver}}) gagal me-resolve {{failedName}} (SERVFAIL). Masalahnya ada di server DNS itu atau di hosting DNS domain tersebut. Coba lagi, coba jaringan atau server DNS lain, dan periksa pengaturan DNS domain di penyedia Anda.',
  'dns-timeout':
    'Server DNS ({{resolver}}) tidak menjawab untuk {{failedName}} dalam {{timeoutMs}} ms. Jaringan ini mungkin memblokir atau mengganggu DNS: coba jaringan lain (misalnya hotspot ponsel) atau server DNS lain.',
  'dns-refused':
    'Server DNS ({{resolver}}) menolak kueri untuk {{failedName}}, atau tidak ada yang menjawab di port-nya. Periksa alamat server DNS, atau gunakan DNS bawaan sistem.',
  'dns-error':
    'Pencarian {{failedName}} gagal ({{rawCode}}) di {{resolver}}. Coba lagi atau gunakan server DNS lain.',
  'dns-chain-loop':
    'Rantai CNAME {{host}} berputar kembali ke dirinya sendiri ({{chain}}), jadi tidak pernah ter-resolve. Perbaiki rekaman CNAME di penyedia DNS Anda: {{host}} harus mengarah ke nilai di kolom CNAME pada Domain Management (Manajemen Domain) di konsol CSS Tencent Cloud.',
  'dns-chain-too-long':
    'Rantai CNAME {{host}} terlalu panjang ({{chain}}); resolver menyerah pada rantai seperti ini. Arahkan {{host}} langsung ke nilai di kolom CNAME pada Domain Management (Manajemen Domain) di konsol CSS Tencent Cloud.',
  'dns-raw-ip':
    'URL push memakai alamat IP ({{host}}), jadi tidak ada domain yang bisa diperiksa di DNS. Tencent Cloud menolak push ke alamat IP kecuali URL membawa &txHost=<domain push Anda>; lihat pemeriksaan txHost.',
  'dns-bad-host': '“{{host}}” bukan nama domain yang valid. Periksa bagian host pada URL push.',
  'dns-bad-server':
    'Opsi server DNS tidak valid. Isi dengan alamat IP, boleh dengan port: 192.0.2.53, 192.0.2.53:5353, 2001:db8::53 atau [2001:db8::53]:5353.',
  'dns-cancelled': 'Pemeriksaan DNS dibatalkan sebelum selesai.',

  // ── ffmpeg ──
  'ffmpeg-ok':
    'ffmpeg ditemukan di {{path}} ({{version}}) dengan dukungan RTMP, H.264 (libx264), dan AAC.',
  'ffmpeg-missing-features':
    'ffmpeg di {{path}} ({{version}}) tidak memiliki {{missing}}, yang diperlukan untuk push uji. Pasang ffmpeg versi lengkap (misalnya lewat pengelola paket sistem: "sudo apt install ffmpeg", "brew install ffmpeg", "winget install ffmpeg") dan arahkan FFMPEG_PATH ke sana, atau pasang ulang aplikasi agar ffmpeg bawaannya dipakai.',
  'ffmpeg-not-found':
    'ffmpeg tidak ditemukan, jadi push uji tidak bisa dijalankan (sudah dicari di: {{tried}}). Pasang ffmpeg lewat pengelola paket sistem ("sudo apt install ffmpeg", "brew install ffmpeg", "winget install ffmpeg") agar ada di PATH, atau isi variabel lingkungan FFMPEG_PATH dengan path lengkap ke file ffmpeg. Memasang ulang aplikasi juga mengembalikan ffmpeg bawaannya.',
  'ffmpeg-env-path-invalid':
    'FFMPEG_PATH berisi {{path}}, tetapi itu bukan file yang bisa dijalankan ({{tried}}). Perbaiki path-nya (harus menunjuk ke file ffmpeg itu sendiri, bukan foldernya) atau hapus FFMPEG_PATH agar ffmpeg bawaan dipakai.',
  'ffmpeg-broken':
    'ffmpeg di {{path}} tidak berjalan dengan benar ({{tried}}). Mungkin dibuat untuk sistem lain atau rusak: pasang ulang, pasang ffmpeg dari pengelola paket sistem, atau arahkan FFMPEG_PATH ke ffmpeg yang berfungsi.',

  // ── port ──
  'port-open': 'Port TCP {{port}} di {{ip}} terbuka (tersambung dalam {{connectMs}} ms).',
  'port-refused':
    '{{ip}} menolak koneksi di port {{port}}: tidak ada layanan yang mendengarkan di sana. Periksa host dan port di URL push (RTMP memakai 1935).',
  'port-filtered':
    'Tidak ada jawaban dari {{ip}} di port {{port}} dalam {{timeoutMs}} ms: kemungkinan firewall memblokir TCP {{port}} keluar. Coba lewat hotspot 4G/5G ponsel; jika berhasil, minta tim IT lokasi acara mengizinkan TCP {{port}} keluar ke {{ip}}.',
  'port-unreachable':
    'Tidak ada rute ke {{ip}} ({{errno}}): jaringan ini sama sekali tidak bisa menjangkau server ingest. Periksa koneksi (Wi-Fi, kabel, VPN) atau coba hotspot 4G/5G ponsel.',
  'port-error':
    'Koneksi ke {{ip}} port {{port}} gagal ({{errno}}). Coba lagi, atau coba jaringan lain seperti hotspot 4G/5G ponsel.',
  'port-cancelled': 'Pemeriksaan port dibatalkan.',

  // ── RTMP handshake ──
  'handshake-ok': 'Server di {{ip}}:{{port}} menjawab handshake RTMP.',
  'handshake-silent':
    'Port {{port}} menerima koneksi, tetapi tidak ada yang menjawab handshake RTMP dalam {{timeoutMs}} ms. Proxy atau firewall di jaringan ini mungkin mencegat port tersebut, atau ada layanan lain di sana. Coba hotspot 4G/5G ponsel dan periksa host push.',
  'handshake-bad-version':
    'Server di port {{port}} menjawab dengan RTMP versi {{version}}, bukan 3 (misalnya RTMPE terenkripsi). Gunakan URL push rtmp:// biasa dari konsol.',
  'handshake-http':
    'Port {{port}} menjawab dengan balasan HTTP, bukan RTMP: ini web server atau proxy. Periksa port di URL push (RTMP memakai 1935) atau coba hotspot 4G/5G ponsel untuk menghindari proxy.',
  'handshake-garbage':
    'Port {{port}} menjawab dengan sesuatu yang bukan RTMP ("{{firstBytes}}"). Ada layanan lain di sana, atau perangkat jaringan mencegatnya. Periksa host dan port, atau coba hotspot 4G/5G ponsel.',
  'handshake-closed':
    'Server di port {{port}} menutup koneksi saat handshake RTMP. Firewall atau proxy mungkin memutus RTMP; coba hotspot 4G/5G ponsel.',
  'handshake-reset':
    'Koneksi di port {{port}} di-reset saat handshake RTMP. Firewall atau proxy mungkin memutus RTMP; coba hotspot 4G/5G ponsel.',
  'handshake-tcp-failed':
    'Koneksi TCP ke {{ip}}:{{port}} untuk handshake RTMP tidak bisa dibuka; lihat pemeriksaan port.',
  'handshake-cancelled': 'Pemeriksaan handshake dibatalkan.',

  // ── publish-only probe ──
  'publish-accepted':
    'Server menerima publish untuk nama stream ini (bertahan {{holdMs}} ms; tidak ada media yang dikirim).',
  'publish-rejected-status':
    'Server menolak publish stream ini: {{code}} "{{description}}". "Already publishing" atau BadName berarti stream sedang di-push saat ini atau dinonaktifkan: hentikan encoder lain, atau periksa Live Streams (Streaming Langsung) dan Disabled Streams (Streaming Dinonaktifkan) di konsol.',
  'publish-rejected-closed-after-start':
    'Server menyatakan publish dimulai, lalu menutup koneksi {{afterPublishMs}} ms kemudian: push ditolak. Biasanya karena tanda tangan (txSecret), masa berlaku (txTime), atau stream sudah dipakai. Masukkan kunci push untuk memeriksa tanda tangan, dan lihat Live Streams (Streaming Langsung) di konsol.',
  'publish-rejected-closed-no-status':
    'Server menutup koneksi {{afterPublishMs}} ms setelah publish, tanpa alasan. Biasanya tanda tangan (txSecret) atau masa berlaku (txTime) salah, atau stream sedang dipakai atau dinonaktifkan. Masukkan kunci push untuk memeriksa tanda tangan, dan lihat Live Streams (Streaming Langsung) serta Disabled Streams (Streaming Dinonaktifkan) di konsol.',
  'publish-connect-rejected':
    'Server menolak perintah connect RTMP: {{code}} "{{description}}". Periksa domain push dan AppName di URL.',
  'publish-create-stream-rejected':
    'Server menolak membuat stream: {{code}} "{{description}}". Coba lagi; jika terulang, hubungi penyedia ingest.',
  'publish-closed-before-publish':
    'Server menutup koneksi sebelum publish sempat dicoba. Periksa domain push dan AppName; domain yang belum disiapkan untuk push sering ditutup seperti ini.',
  'publish-timeout-silent':
    'Server berhenti menjawab selama uji publish (tidak ada balasan dalam {{timeoutMs}} ms). Jaringan mungkin membuang lalu lintas RTMP; coba hotspot 4G/5G ponsel.',
  'publish-not-rtmp':
    'Server di {{ip}}:{{port}} tidak berbicara RTMP; lihat pemeriksaan handshake.',
  'publish-protocol-error':
    'Server mengirim data RTMP yang tidak bisa dibaca oleh pemeriksaan ini. Coba lagi; jika terulang, server ingest mungkin bukan RTMP standar.',
  'publish-tcp-failed':
    'Tidak bisa terhubung ke {{ip}}:{{port}} untuk uji publish; lihat pemeriksaan port.',
  'publish-cancelled': 'Uji publish dibatalkan.',

  // ── ffmpeg test push ──
  'push-ok':
    'Push uji diterima dan berjalan selama seluruh jendela {{seconds}} dtk ({{mediaSec}} dtk media terkirim). Push dari jaringan ini berfungsi.',
  'push-rejected-at-connect':
    'Server menjawab handshake RTMP, tetapi menutup sesi setelah perintah connect, sebelum publish ({{endKind}}). AppName atau domain push tidak diterima: periksa AppName (default Tencent “live”), dan jika push ke alamat IP, pastikan URL memuat &txHost=<domain push>.',
  'push-rejected-at-publish':
    'Server menutup koneksi tepat setelah perintah publish ({{endKind}}, {{endAfterAcceptMs}} ms setelah sempat diterima) tanpa alasan. Tencent melakukan ini jika txSecret atau txTime salah atau kedaluwarsa, jika stream sedang di-push, atau jika stream ada di Disabled Streams (Streaming Dinonaktifkan). Periksa masa berlaku dan tanda tangan (masukkan kunci push untuk memeriksa tanda tangan), lalu lihat Stream Management > Live Streams (Manajemen Streaming > Streaming Langsung) dan Disabled Streams (Streaming Dinonaktifkan) di konsol CSS Tencent Cloud.',
  'push-server-error':
    'Server menolak push dan menyebutkan alasannya: "{{serverError}}". "Already publishing" berarti ada pihak lain yang sedang melakukan push ke stream ini (hentikan encoder itu, atau gunakan nama stream lain); BadName atau kode penolakan mengarah ke nama stream, tanda tangannya, atau Disabled Streams (Streaming Dinonaktifkan) di konsol CSS Tencent Cloud.',
  'push-dropped':
    'Server menerima push, lalu koneksi terputus setelah {{mediaSec}} dtk dari jendela {{seconds}} dtk ({{endKind}}). Jaringan atau server memutus stream yang sedang berjalan: coba lagi, coba jaringan lain (misalnya hotspot ponsel), dan pastikan bandwidth unggah jauh di atas bitrate stream.',
  'push-handshake-failed':
    'Koneksi TCP berhasil, tetapi server tidak menyelesaikan handshake RTMP ({{endKind}}). Yang menjawab di port ini bukan server RTMP, atau firewall maupun proxy mengganggu: periksa host dan port, lalu coba jaringan lain (misalnya hotspot ponsel).',
  'push-connect-failed':
    'ffmpeg tidak bisa membuka koneksi TCP ke server ({{endKind}}). Port tertutup atau diblokir dari jaringan ini: periksa host dan port, lalu coba jaringan lain (misalnya hotspot ponsel) atau minta admin jaringan mengizinkan TCP keluar ke port ini.',
  'push-timeout-silent':
    'Server berhenti menjawab saat {{lastPhase}} dan push menyerah setelah {{rwTimeoutMs}} ms tanpa jawaban. Firewall, proxy, atau captive portal mungkin menahan koneksi tanpa meneruskannya: coba jaringan lain (misalnya hotspot ponsel).',
  'push-cancelled': 'Push uji dibatalkan sebelum selesai; ffmpeg sudah dihentikan.',
  'push-spawn-failed':
    'ffmpeg tidak bisa dijalankan dari {{path}} ({{spawnError}}). Pasang ulang aplikasi, atau arahkan ke build ffmpeg yang berfungsi.',
  'push-ffmpeg-crashed':
    'ffmpeg berhenti sendiri ({{exit}}) tanpa penyebab dari jaringan. ffmpeg lokal mungkin rusak atau tidak memiliki fitur yang diperlukan (libx264, AAC, RTMP): lihat pemeriksaan ffmpeg, dan coba build ffmpeg lain.',

  // ── diagnosis: causes, confidence, verdicts, phases ──
  'cause.cname': 'Langkah 1 · CNAME domain push',
  'cause.network': 'Langkah 2 · Jaringan dan port {{port}}',
  'cause.expiry': 'Langkah 3 · Masa berlaku URL (txTime)',
  'cause.signature': 'Langkah 4 · Tanda tangan (txSecret)',
  'cause.stream-in-use': 'Langkah 5 · Stream sedang dipakai atau dinonaktifkan',
  'cause.stream-dropped': 'Stream terputus saat push',
  'cause.ffmpeg': 'Alat uji lokal (ffmpeg)',

  'confidence.confirmed': 'terkonfirmasi',
  'confidence.likely': 'kemungkinan besar',
  'confidence.possible': 'mungkin',

  'verdict.ready': 'Siap: push uji dari jaringan ini berhasil.',
  'verdict.warnings': 'Berfungsi, tetapi ada peringatan: baca dulu sebelum mulai siaran.',
  'verdict.not-ready': 'Belum siap: push ini akan gagal. Lihat penyebab pertama di bawah.',
  'verdict.cancelled': 'Dibatalkan: pemeriksaan dihentikan sebelum selesai.',

  'cli.test-not-live': 'UJI — bukan siaran langsung: mengirim pola uji ke “{{stream}}”',
  'report.url': 'URL push',
  'report.target': 'Server',
  'report.probe-stream': 'Stream uji (bukan stream asli Anda)',
  'report.what-to-do': 'Yang harus dilakukan',
  'report.tell-apart': 'Cara membedakannya',
  'report.checks': 'Semua pemeriksaan',
  'report.environment': 'Diperiksa di',

  'phase.url': 'URL push',
  'phase.ffmpeg': 'ffmpeg',
  'phase.dns': 'DNS',
  'phase.port': 'Port',
  'phase.handshake': 'Handshake RTMP',
  'phase.publish': 'Publish (tanpa media)',
  'phase.push': 'Push uji',

  // ── diagnosis: cname ──
  'diag.dns-nxdomain': 'Domain push {{host}} tidak ada di DNS.',
  'fix.dns-nxdomain':
    'Cocokkan ejaan domain push dengan konsol Tencent → Domain Management (Manajemen Domain).\nDi penyedia DNS Anda, tambahkan rekaman CNAME untuk {{host}} yang mengarah ke target CNAME yang tertera di Domain Management (Manajemen Domain).\nTunggu DNS diperbarui (beberapa menit hingga satu jam), lalu jalankan pemeriksaan lagi.',
  'diag.dns-cname-target-nxdomain': 'CNAME {{host}} mengarah ke nama yang tidak ada.',
  'fix.dns-cname-target-nxdomain':
    'Buka konsol Tencent → Domain Management (Manajemen Domain) dan salin target CNAME domain push persis apa adanya.\nPerbaiki rekaman CNAME untuk {{host}} di penyedia DNS Anda.',
  'diag.dns-no-addresses': 'Rantai CNAME {{host}} berakhir di nama yang tidak memiliki alamat.',
  'fix.dns-no-addresses':
    'Arahkan CNAME {{host}} ke target dari konsol Tencent → Domain Management (Manajemen Domain) (kolom CNAME).',
  'diag.dns-chain-loop': 'Rekaman CNAME {{host}} membentuk putaran atau rantai tanpa ujung.',
  'fix.dns-chain-loop':
    'Ganti CNAME {{host}} dengan satu rekaman yang mengarah ke target CNAME Tencent dari Domain Management (Manajemen Domain).',
  'diag.dns-chain-too-long': 'Rantai CNAME {{host}} terlalu panjang untuk di-resolve.',
  'fix.dns-chain-too-long':
    'Arahkan CNAME {{host}} langsung ke target CNAME Tencent dari Domain Management (Manajemen Domain).',
  'diag.dns-no-cname': '{{host}} tidak memiliki rekaman CNAME yang mengarah ke Tencent Cloud.',
  'fix.dns-no-cname':
    'Konsol Tencent → Domain Management (Manajemen Domain): lihat kolom CNAME domain push (tanda centang hijau berarti sudah dikonfigurasi).\nDi penyedia DNS Anda, ganti rekaman A {{host}} dengan CNAME ke target yang tertera di sana.',
  'diag.dns-foreign-cname': 'CNAME {{host}} mengarah ke tempat yang bukan Tencent Cloud.',
  'fix.dns-foreign-cname':
    'Konsol Tencent → Domain Management (Manajemen Domain) → kolom CNAME menunjukkan target yang benar.\nUbah rekaman CNAME {{host}} di penyedia DNS Anda ke target tersebut.',
  'diag.dns-tencent-play-cname':
    '{{host}} mengarah ke alamat pemutaran Tencent, bukan alamat push.',
  'fix.dns-tencent-play-cname':
    'Pastikan {{host}} terdaftar sebagai domain push di konsol Tencent → Domain Management (Manajemen Domain), dan gunakan target CNAME milik domain push.',
  'diag.txhost-missing': 'URL melakukan push ke alamat IP {{host}} tanpa txHost.',
  'fix.txhost-missing':
    'Tambahkan &txHost=<domain push Anda> ke URL, atau gunakan domain push sebagai ganti alamat IP.',
  'diag.txhost-not-a-name': 'txHost bukan nama domain.',
  'fix.txhost-not-a-name': 'Isi txHost dengan domain push Anda, misalnya &txHost=push.example.com.',
  'diag.connect-rejected': 'Server menolak connect RTMP untuk AppName “{{app}}”. {{status}}',
  'fix.connect-rejected':
    'Periksa AppName (default Tencent adalah “live”).\nPastikan di konsol Tencent → Domain Management (Manajemen Domain) bahwa domain push aktif (domain yang dinonaktifkan ditolak, error 303).',

  // ── diagnosis: network ──
  'diag.dns-failing': 'DNS di jaringan ini tidak menjawab dengan benar untuk {{host}}.',
  'fix.dns-failing':
    'Coba server DNS lain (misalnya DNS dari hotspot ponsel Anda, atau jalankan dengan --dns).\nSambungkan ke hotspot 4G/5G ponsel dan jalankan pemeriksaan lagi.',
  'diag.port-refused': 'Tidak ada yang menerima koneksi di {{ip}} port {{port}} (koneksi ditolak).',
  'fix.port-refused':
    'Periksa domain push dan port di URL (RTMP memakai 1935).\nJika domainnya benar, mungkin ada perangkat di jaringan ini yang menolak koneksi: coba hotspot 4G/5G ponsel.',
  'diag.port-filtered':
    'Port TCP {{port}} ke {{ip}} tidak mendapat jawaban: kemungkinan firewall di jaringan ini memblokirnya.',
  'fix.port-filtered':
    'Sambungkan komputer ini ke hotspot 4G/5G ponsel dan jalankan pemeriksaan lagi.\nJika di sana berhasil, minta tim IT jaringan ini mengizinkan TCP {{port}} keluar ke {{host}} ({{ip}}).',
  'diag.port-unreachable': 'Tidak ada rute dari jaringan ini ke {{ip}}.',
  'fix.port-unreachable':
    'Periksa koneksi jaringan komputer ini, atau beralih ke hotspot 4G/5G ponsel.',
  'diag.port-error': 'Koneksi ke {{ip}} port {{port}} gagal.',
  'fix.port-error':
    'Periksa koneksi jaringan lalu coba lagi, atau beralih ke hotspot 4G/5G ponsel.',
  'diag.handshake-silent':
    'Port {{port}} menerima koneksi, tetapi tidak ada yang menjawab handshake RTMP: ada sesuatu di tengah jalan (proxy atau firewall) yang menelan stream.',
  'fix.handshake-silent':
    'Coba hotspot 4G/5G ponsel.\nJika berhasil, minta tim IT jaringan ini mengizinkan RTMP biasa (TCP {{port}}) ke {{host}} tanpa inspeksi atau proxy.',
  'diag.handshake-http':
    'Port {{port}} menjawab dengan halaman web (HTTP), bukan RTMP: ada captive portal atau proxy yang menghalangi.',
  'fix.handshake-http':
    'Buka browser dan selesaikan halaman login jaringan ini, atau beralih ke hotspot 4G/5G ponsel.',
  'diag.handshake-garbage': 'Port {{port}} di {{ip}} menjawab, tetapi bukan dengan RTMP.',
  'fix.handshake-garbage':
    'Periksa port di URL (RTMP memakai 1935), atau ganti jaringan: ada layanan lain yang menjawab di port ini.',
  'diag.handshake-bad-version':
    'Server di port {{port}} tidak memakai versi RTMP yang dipakai encoder.',
  'fix.handshake-bad-version': 'Periksa skema dan port URL (rtmp:// di 1935, rtmps:// di 443).',
  'diag.handshake-closed': 'Koneksi ditutup saat handshake RTMP.',
  'fix.handshake-closed': 'Coba hotspot 4G/5G ponsel: perangkat jaringan mungkin memutus RTMP.',
  'diag.handshake-reset': 'Koneksi di-reset saat handshake RTMP.',
  'fix.handshake-reset': 'Coba hotspot 4G/5G ponsel: perangkat jaringan mungkin memutus RTMP.',
  'diag.handshake-tcp-failed': 'Koneksi untuk handshake RTMP gagal.',
  'fix.handshake-tcp-failed':
    'Jalankan pemeriksaan lagi; jika terulang, beralih ke hotspot 4G/5G ponsel.',
  'diag.publish-network': 'Server berhenti menjawab di tengah sesi RTMP.',
  'fix.publish-network':
    'Jalankan pemeriksaan lagi; jika terulang, beralih ke hotspot 4G/5G ponsel.',
  'diag.push-network': 'Push uji tidak bisa menjangkau server.',
  'fix.push-network': 'Jalankan pemeriksaan lagi; jika terulang, beralih ke hotspot 4G/5G ponsel.',

  // ── diagnosis: expiry ──
  'diag.expiry-expired': 'URL push sudah kedaluwarsa: server menolaknya.',
  'fix.expiry-expired':
    'Buat URL push baru yang berlaku 12–24 jam (konsol Tencent → Address Generator (Generator Alamat), atau tab Buat URL push).',
  'diag.expiry-expired-accepted':
    'txTime sudah lewat, tetapi server masih menerima push (masa tenggang AuthDelta dari kunci): push ulang akan segera gagal.',
  'fix.expiry-expired-accepted': 'Buat URL push baru yang berlaku 12–24 jam sebelum siaran.',
  'diag.expiry-short': 'URL push kedaluwarsa kurang dari 12 jam lagi.',
  'fix.expiry-short':
    'Push yang sedang berjalan tidak terputus saat URL kedaluwarsa, tetapi push ulang setelah koneksi putus akan ditolak.\nBuat URL yang berlaku 12–24 jam (konsol Tencent → Address Generator (Generator Alamat), atau tab Buat URL push).',
  'diag.expiry-shorter-than-show': 'URL push kedaluwarsa sebelum siaran Anda selesai.',
  'fix.expiry-shorter-than-show':
    'Buat URL yang berlaku selama seluruh siaran ditambah waktu cadangan.',
  'diag.expiry-decimal': 'txTime ditulis dalam desimal; Tencent membacanya sebagai heksadesimal.',
  'fix.expiry-decimal':
    'Tulis txTime sebagai detik Unix heksadesimal (misalnya 5C271099), atau gunakan Address Generator (Generator Alamat) Tencent.',
  'diag.expiry-milliseconds':
    'txTime dalam milidetik; Tencent mengharapkan detik dalam heksadesimal.',
  'fix.expiry-milliseconds':
    'Bagi dengan 1000 dan tulis hasilnya dalam heksadesimal, atau gunakan Address Generator (Generator Alamat) Tencent.',
  'diag.expiry-bad-format': 'txTime bukan waktu Unix heksadesimal.',
  'fix.expiry-bad-format': 'Buat ulang URL di Address Generator (Generator Alamat) Tencent.',
  'diag.expiry-missing': 'URL tidak memiliki txTime.',
  'fix.expiry-missing':
    'Buat URL di Address Generator (Generator Alamat) Tencent (otomatis menambahkan txSecret dan txTime).',

  // ── diagnosis: signature ──
  'diag.signature-wrong': 'txSecret tidak cocok dengan kunci push Anda: server menolak push.',
  'fix.signature-wrong':
    'Periksa kuncinya: konsol Tencent → Domain Management (Manajemen Domain) → domain push → Push Configuration (Konfigurasi Push) → kunci autentikasi (utama atau cadangan).\nBuat ulang URL dengan kunci itu (tab Buat URL push atau Address Generator (Generator Alamat) Tencent), dan jangan mengubahnya setelah itu.',
  'diag.signature-mistake': 'Cara menghitung txSecret salah.',
  'fix.signature-mistake':
    'Perbaiki kode atau alat yang membuat URL: txSecret = MD5(kunci + StreamName + txTime), dengan txTime persis seperti tertulis di URL.\nAtau buat URL dengan tab Buat URL push / Address Generator (Generator Alamat) Tencent.',
  'diag.signature-missing': 'URL tidak memiliki txSecret, padahal server mewajibkannya.',
  'fix.signature-missing':
    'Buat URL di Address Generator (Generator Alamat) Tencent (otomatis menambahkan txSecret dan txTime).',
  'diag.signature-bad-form': 'txSecret bukan tanda tangan yang valid.',
  'fix.signature-bad-form':
    'Salin lagi URL lengkapnya dari Address Generator (Generator Alamat) Tencent.',
  'diag.rejected-status': 'Server menolak publish nama stream ini dan mengatakan: “{{status}}”.',
  'fix.rejected-status':
    'Jika pesannya menyebut masalah tanda tangan atau waktu, buat URL baru.\nJika pesannya menyebut stream sudah ada atau sedang dipakai, lihat Stream Management > Live Streams (Manajemen Streaming > Streaming Langsung).',
  'diag.rejected-silently':
    'Server menolak publish nama stream ini tanpa alasan: tanda tangannya salah, atau stream sedang dipakai atau dinonaktifkan.',
  'fix.rejected-silently':
    'Masukkan kunci push Anda (kolom kunci di aplikasi, --key di CLI): pemeriksaan akan menghitung ulang txSecret dan menguji stream uji terpisah, sehingga keduanya bisa dibedakan.\nKonsol Tencent → Stream Management > Live Streams (Manajemen Streaming > Streaming Langsung): apakah stream ini sedang di-push? Disabled Streams (Streaming Dinonaktifkan): apakah stream ini ada di daftar?',
  'diag.probe-stream-rejected':
    'Push uji ke nama stream baru yang ditandatangani dengan kunci Anda ditolak.',
  'fix.probe-stream-rejected':
    'Pastikan kunci yang Anda masukkan adalah kunci yang berlaku untuk domain push ini (Domain Management (Manajemen Domain) → Push Configuration (Konfigurasi Push)).',

  // ── diagnosis: stream in use ──
  'diag.in-use-status': 'Server menyatakan stream ini sedang di-publish: “{{status}}”.',
  'fix.in-use-status':
    'Satu stream hanya bisa di-push oleh satu encoder dalam satu waktu. Hentikan encoder lain (PC lain, instance OBS lain, atau sesi yang macet).\nKonsol Tencent → Stream Management > Live Streams (Manajemen Streaming > Streaming Langsung) menunjukkan siapa yang sedang push; Disabled Streams (Streaming Dinonaktifkan) menunjukkan apakah stream diblokir.',
  'diag.in-use-probe':
    'Kunci Anda dan jaringan ini berfungsi (push uji ke {{probeStream}} diterima), tetapi server menolak nama stream {{stream}}: stream itu sedang di-push saat ini, atau dinonaktifkan.',
  'fix.in-use-probe':
    'Konsol Tencent → Stream Management > Live Streams (Manajemen Streaming > Streaming Langsung): hentikan push lain ke {{stream}}.\nKonsol Tencent → Stream Management > Disabled Streams (Manajemen Streaming > Streaming Dinonaktifkan): aktifkan kembali {{stream}} jika ada di daftar.',

  // ── diagnosis: dropped, ffmpeg ──
  'diag.push-dropped': 'Server menerima push uji, lalu memutusnya sebelum waktu uji selesai.',
  'fix.push-dropped':
    'Jalankan pemeriksaan lagi. Jika terputus lagi di waktu yang sama, server atau perangkat jaringan menghentikan push yang panjang: coba hotspot 4G/5G ponsel, dan periksa stream di konsol Tencent → Stream Management (Manajemen Streaming).',
  'diag.ffmpeg-unusable':
    'Push uji tidak bisa dijalankan: tidak ditemukan ffmpeg yang bisa dipakai.',
  'fix.ffmpeg-unusable':
    'Pasang ffmpeg lewat pengelola paket sistem Anda, atau arahkan FFMPEG_PATH ke ffmpeg yang mendukung rtmp, libx264, dan aac.',
  'diag.ffmpeg-crashed': 'ffmpeg gagal saat menjalankan push uji.',
  'fix.ffmpeg-crashed': 'Arahkan FFMPEG_PATH ke build ffmpeg lain dan jalankan pemeriksaan lagi.',

  // ── telling causes apart, notes ──
  'tell.enter-key': 'Masukkan kunci push Anda: tanda tangan yang salah akan langsung terlihat.',
  'tell.live-streams':
    'Lihat konsol Tencent → Stream Management > Live Streams (Manajemen Streaming > Streaming Langsung) (apakah sedang di-push?) dan Disabled Streams (Streaming Dinonaktifkan) (apakah diblokir?).',
  'note.push-skipped-by-user':
    'Tidak ada push uji (--no-push): hanya langkah publish yang diperiksa.',
  'note.push-skipped-no-key':
    'Tidak ada media yang di-push: tanpa kunci push, stream uji terpisah tidak bisa ditandatangani, dan mengirim pola uji ke stream asli Anda akan terlihat oleh penonton. Masukkan kunci untuk uji lengkap (atau izinkan push ke stream asli).',
  'note.push-skipped-earlier-failure': 'Push uji dilewati karena langkah sebelumnya sudah gagal.',
  'note.probe-not-run': 'Langkah publish tidak dijalankan.',
  'note.probe-stream-accepted':
    'Nama stream asli ditolak, jadi tidak ada media yang di-push. Sebagai gantinya server diminta mem-publish stream uji {{probeStream}} (ditandatangani dengan kunci Anda, tanpa media): server menerimanya — jadi hanya nama stream Anda yang ditolak.',
  'note.probe-stream-refused':
    'Nama stream asli ditolak, jadi tidak ada media yang di-push. Sebagai gantinya server diminta mem-publish stream uji {{probeStream}} (ditandatangani dengan kunci Anda, tanpa media): server juga menolaknya — jadi kunci atau domainnya yang ditolak, bukan hanya nama stream ini.',
  'probe-stream.accepted':
    'Server menerima publish pada stream uji {{probeStream}} (ditandatangani dengan kunci Anda, tanpa media).',
  'probe-stream.refused':
    'Server juga menolak publish pada stream uji {{probeStream}} (ditandatangani dengan kunci Anda): kunci atau domainnya yang ditolak, bukan hanya nama stream ini.',
  'probe-stream.other': 'Stream uji {{probeStream}} tidak dapat diperiksa ({{code}}).',
  'note.cancelled': 'Pemeriksaan dibatalkan.',
  // ── clock check, uplink test, demo (issue 5) ──
  'phase.clock': 'Jam',
  'clock-ok': 'Jam komputer ini cocok dengan {{server}} (selisih {{skewSec}} dtk).',
  'clock-skewed': 'Jam komputer ini selisih {{skewSec}} dtk dibandingkan {{server}}.',
  'clock-unreachable': 'Jam tidak dibandingkan: {{server}} tidak menjawab.',
  'clock-no-date': 'Jam tidak dibandingkan: {{server}} tidak mengirim waktu.',
  'clock-untrusted': 'Jam tidak dibandingkan: jawaban dari {{server}} tidak dapat dipercaya (ada proxy di tengah?).',
  'clock-skipped-local-ingest': 'Jam tidak dibandingkan: ingest berada di komputer ini dan memakai jam yang sama.',
  'clock-cancelled': 'Pemeriksaan jam dibatalkan.',
  'diag.clock-skew': 'Jam komputer ini selisih {{skewSec}} dtk, jadi masa berlaku URL yang ditampilkan juga meleset sebanyak itu, dan URL yang ditandatangani di sini mendapat txTime yang salah.',
  'fix.clock-skew':
    'Aktifkan waktu otomatis (Windows: Pengaturan → Waktu & bahasa → Atur waktu secara otomatis; macOS: Tanggal & Waktu → Atur secara otomatis).\nPeriksa juga zona waktunya, lalu jalankan pemeriksaan lagi.\nBuat URL push baru hanya setelah jamnya benar.',
  'cause.uplink': 'Kecepatan unggah untuk bitrate yang direncanakan',
  'phase.uplink': 'Uji uplink',
  'uplink-ok': 'Unggahan bertahan {{sustainedKbps}} kbit/s: cukup untuk {{plannedKbps}} kbit/s dengan cadangan.',
  'uplink-tight': 'Unggahan bertahan {{sustainedKbps}} kbit/s: {{plannedKbps}} kbit/s muat, tetapi cadangannya kurang dari 20 %.',
  'uplink-too-slow': 'Unggahan hanya bertahan {{sustainedKbps}} kbit/s, kurang dari rencana {{plannedKbps}} kbit/s.',
  'uplink-encoder-too-slow': 'Encode langsung berjalan lebih lambat dari waktu nyata (kecepatan {{speed}}) sementara jaringan menunggu: komputernya yang terlalu lambat, bukan unggahannya.',
  'uplink-push-failed': 'Push uji uplink berhenti sebelum sempat mengukur.',
  'uplink-clip-failed': 'Uplink tidak diuji: klip uji tidak dapat dibuat dengan ffmpeg.',
  'uplink-needs-key': 'Uplink tidak diuji: perlu kunci push Anda (push ke stream uji terpisah).',
  'uplink-skipped-earlier-failure': 'Uplink tidak diuji: push uji sebelumnya tidak berhasil.',
  'uplink-cancelled': 'Uji uplink dibatalkan.',
  'diag.uplink-too-slow': 'Jaringan ini mengunggah sekitar {{sustainedKbps}} kbit/s, kurang dari rencana {{plannedKbps}} kbit/s: stream akan tersendat dan putus.',
  'fix.uplink-too-slow':
    'Atur bitrate encoder paling tinggi {{recommendedKbps}} kbit/s (80 % dari yang mampu dipertahankan jaringan ini), atau turunkan resolusi.\nAtau gunakan jaringan yang lebih cepat (kabel, bukan Wi-Fi, atau uplink lain), lalu jalankan uji uplink lagi.',
  'diag.uplink-tight': 'Jaringan ini mengunggah sekitar {{sustainedKbps}} kbit/s; rencana {{plannedKbps}} kbit/s menyisakan cadangan kurang dari 20 %.',
  'fix.uplink-tight':
    'Atur bitrate encoder paling tinggi {{recommendedKbps}} kbit/s, agar lonjakan bitrate dan lalu lintas lain tidak membuat stream tersendat.',
  'diag.uplink-encoder-too-slow': 'Encoder tidak mampu mengikuti waktu nyata (kecepatan {{speed}}) padahal jaringan masih longgar: komputernya yang menjadi hambatan.',
  'fix.uplink-encoder-too-slow':
    'Gunakan preset encoder yang lebih cepat atau encoder perangkat keras (NVENC, QuickSync, VideoToolbox), atau turunkan resolusi atau frame rate.\nTutup program berat lainnya, lalu uji lagi.',
  'diag.uplink-push-failed': 'Push uji uplink yang lebih panjang terputus, padahal push uji singkat berhasil: koneksinya mungkin tidak stabil.',
  'fix.uplink-push-failed': 'Jalankan pemeriksaan lagi; jika terulang, coba jaringan lain.',
  'report.uplink': 'Uplink: rencana {{plannedKbps}} kbit/s, bertahan {{sustainedKbps}} kbit/s, bitrate encoder yang disarankan {{recommendedKbps}} kbit/s, tersendat {{stalls}} kali, CPU push {{cpuPercent}} %',
  'demo.banner': 'DEMO — ingest dan server DNS lokal mirip Tencent di komputer ini (127.0.0.1). Tidak ada yang dikirim ke Tencent atau ke mana pun.',
  'demo.failure': 'Mereproduksi kegagalan “{{failure}}”: penyebab teratas di bawah seharusnya yang itu.',
  'demo.healthy': 'Push yang sehat: semuanya seharusnya lolos.',

  // ── pelindung stream yang sedang live ──
  'ui.live.question': 'Apakah stream ini sedang live sekarang?',
  'ui.live.hint':
    'Biasanya pemeriksaan menanyakan nama stream asli Anda ke server: memulai publish lalu pergi sebelum mengirim gambar apa pun. Sebagian server membiarkan publisher baru menggantikan yang sedang live, jadi selama Anda siaran, pemeriksaan tidak menyentuh nama stream Anda.',
  'ui.live.no': 'Tidak, sedang tidak live',
  'ui.live.yes': 'Ya, sedang live — jangan disentuh',
  'ui.live.required': 'Jawab pertanyaan ini untuk menjalankan pemeriksaan.',
  'note.real-probe-skipped-live':
    'Stream Anda sedang live, jadi nama aslinya tidak diuji (sebagian server membiarkan publisher baru menggantikan yang sedang live). Yang belum diketahui: apakah server akan menerima push baru ke nama ini, misalnya setelah sambung ulang, atau apakah nama ini dinonaktifkan di konsol. Jalankan pemeriksaan lagi saat stream tidak siaran untuk jawaban lengkap.',

  // ── privasi laporan yang dibagikan ──
  'ui.export.includeHostName': 'Sertakan nama komputer ini (sering memuat nama Anda)'
}
