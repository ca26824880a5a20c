/**
 * Bahasa Indonesia: every text of `en`, written for a streamer rather than word for word. Tencent
 * console places use the names of Tencent's Indonesian edition ("Domain Management (Manajemen
 * Domain)", "Stream Management → Live Streams (Manajemen Streaming → Streaming Langsung)",
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
  'ui.expiry.when': 'Kedaluwarsa pada {{when}}',
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
  'ui.run.noPush': 'Tanpa push uji (hanya URL, DNS, port, handshake, permintaan push)',
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
  'ui.keys.not-saved':
    'Komputer ini tidak dapat mengenkripsi kunci, jadi kunci hanya disimpan di memori.',
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
  'ui.step.undetermined':
    'Tidak dinilai: pemeriksaan berhenti di penyebab lain lebih dulu (lihat kartu di atas).',
  'ui.step.pass.cname': 'Domain push mengarah ke Tencent Cloud dengan benar.',
  'ui.step.pass.network':
    'Jaringan ini bisa menjangkau server di TCP {{port}}, dan server merespons dengan RTMP.',
  'ui.step.pass.expiry': 'URL push berlaku cukup lama.',
  'ui.step.pass.signature': 'Tanda tangan (txSecret) cocok dengan kunci push Anda.',
  'ui.step.pass.stream-in-use':
    'Server menerima nama stream ini: tidak ada yang sedang mem-push-nya dan tidak dinonaktifkan.',
  'ui.step.pass.stream-dropped': 'Push uji berjalan selama seluruh waktu uji tanpa terputus.',
  'ui.step.pass.uplink':
    'Kecepatan unggah dari jaringan ini cukup untuk bitrate yang direncanakan.',
  'ui.step.pass.ffmpeg': 'Alat uji lokal berfungsi.',
  'ui.ev.chain': 'Rantai CNAME: {{chain}} → {{addresses}}',
  'ui.ev.port-open': 'TCP {{port}} ke {{ip}}: tersambung dalam {{ms}} ms.',
  'ui.ev.port-refused': 'TCP {{port}} ke {{ip}}: ditolak setelah {{ms}} ms.',
  'ui.ev.port-filtered': 'TCP {{port}} ke {{ip}}: tidak ada jawaban sama sekali selama {{ms}} ms.',
  'ui.ev.port-other': 'TCP {{port}} ke {{ip}}: gagal setelah {{ms}} ms ({{code}}).',
  'ui.ev.handshake': 'Handshake RTMP dijawab dalam {{ms}} ms.',
  'ui.hotspot.heading': 'Masalahnya di jaringan ini? Coba hotspot ponsel',
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
  'ui.compare.conclusion.works-here-only':
    'Berhasil di jaringan ini tetapi tidak lewat hotspot: siarkan lewat jaringan ini.',
  'ui.compare.same-network':
    'Kedua pemeriksaan sepertinya berjalan di jaringan yang sama, jadi perbandingan ini kurang berarti.',
  'ui.export.heading': 'Bagikan hasil ini',
  'ui.export.json': 'Simpan laporan (JSON, bisa dibuka lagi di sini)',
  'ui.export.markdown': 'Simpan sebagai teks (Markdown)',
  'ui.export.copy': 'Salin sebagai teks',
  'ui.export.copied': 'Tersalin. Tempel ke chat atau email ke tim dukungan.',
  'ui.export.saved': 'Disimpan sebagai {{file}}.',
  'ui.export.redacted':
    'Laporan tidak pernah berisi kunci push Anda, dan txSecret dipotong menjadi 4 karakter pertamanya.',
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
  'ui.demo.intro':
    'Demo menjalankan seluruh pemeriksaan terhadap server uji di komputer ini (tidak ada yang dikirim ke internet), sehingga Anda bisa melihat seperti apa setiap masalah.',
  'ui.demo.scenario': 'Skenario demo',
  'ui.demo.case.ok': 'Semua berfungsi',
  'ui.demo.case.cname': 'Langkah 1 · CNAME tidak ada',
  'ui.demo.case.network': 'Langkah 2 · Port diblokir',
  'ui.demo.case.rtmp-blocked': 'Langkah 2 · RTMP diblokir, RTMPS berhasil',
  'ui.demo.case.expiry': 'Langkah 3 · URL kedaluwarsa',
  'ui.demo.case.signature': 'Langkah 4 · Tanda tangan salah',
  'ui.demo.case.stream-in-use': 'Langkah 5 · Stream sedang dipakai',
  'ui.demo.case.uplink': 'Kecepatan unggah terlalu lambat',
  'ui.demo.try': 'Coba demo',
  'ui.demo.banner':
    'Demo: hasil ini berasal dari server uji di komputer ini, bukan dari stream Anda.',

  // ── push URL: parse errors and notes ──
  'url-empty':
    'Tempel URL push (diawali rtmp://). Anda bisa mendapatkannya di Address Generator (Generator Alamat) pada konsol Tencent.',
  'url-too-long':
    'Panjangnya {{length}} karakter, padahal URL push biasanya kurang dari 200 (batas {{max}}). Ada teks lain yang ikut tertempel: salin lagi alamat push dari Address Generator (Generator Alamat) di konsol Tencent.',
  'url-control-chars':
    'Ada karakter tak terlihat ({{char}}) di posisi {{index}}, biasanya baris baru atau spasi nol-lebar yang ikut tersalin. Hapus karakter itu, atau tempel ulang URL sebagai teks biasa.',
  'url-bad-scheme':
    'Alamat ini diawali “{{scheme}}://”, padahal alamat push diawali rtmp://, rtmps:// atau srt://. Alamat http(s) dan .flv/.m3u8 untuk menonton, bukan untuk push; webrtc:// adalah protokol push yang belum diuji di sini. Salin alamat push RTMP dari Address Generator (Generator Alamat) di konsol Tencent.',
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
    'URL kedaluwarsa pada {{when}}, kurang dari 12 jam lagi. Push yang sedang berjalan tidak terputus saat URL kedaluwarsa, tetapi push ulang setelah jaringan terputus akan ditolak. Buat URL yang berlaku 12–24 jam di Address Generator (Generator Alamat) pada konsol Tencent.',
  'expiry-shorter-than-show':
    'URL kedaluwarsa pada {{when}}, sebelum siaran Anda (ditambah waktu cadangan) selesai. Push ulang menjelang akhir siaran akan ditolak: buat URL yang berlaku lebih lama.',
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
    'txTime ditandatangani dengan {{detail}}, padahal huruf txTime di URL berbeda. Hash dihitung dari txTime persis seperti tertulis: gunakan teks yang sama di keduanya (Tencent memakai huruf besar).',
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
    'Masukkan domain push Anda, persis seperti di konsol Tencent → Domain Management (Manajemen Domain).',
  'gen-bad-domain':
    'Domain push harus berupa nama domain saja, seperti push.example.com: tanpa rtmp://, tanpa path, bukan alamat IP.',
  'gen-no-app': 'Masukkan AppName (biasanya “live”).',
  'gen-bad-app': 'AppName hanya boleh berisi huruf, angka, “_”, dan “-” (biasanya “live”).',
  'gen-no-stream': 'Masukkan StreamName.',
  'gen-bad-stream':
    'Gunakan StreamName yang hanya berisi huruf, angka, “_”, “-”, dan “.”: karakter lain perlu URL-encoding, dan itu merusak tanda tangan.',
  'gen-no-key':
    'Masukkan kunci push dari konsol Tencent → Domain Management (Manajemen Domain) → domain push Anda → Push Configuration (Konfigurasi Push) → Authentication (Autentikasi). Kunci ini tidak akan keluar dari komputer ini.',
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
    'ffmpeg {{version}} ditemukan di {{path}}, dengan dukungan RTMP, H.264 (libx264), dan AAC.',
  'ffmpeg-missing-features':
    'ffmpeg {{version}} di {{path}} tidak memiliki {{missing}}, yang diperlukan untuk push uji. Pasang ffmpeg versi lengkap (misalnya lewat pengelola paket sistem: "sudo apt install ffmpeg", "brew install ffmpeg", "winget install ffmpeg") dan arahkan FFMPEG_PATH ke sana, atau pasang ulang aplikasi agar ffmpeg bawaannya dipakai.',
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
    'Tidak ada rute ke {{ip}} ({{errno}}): jaringan ini sama sekali tidak bisa menjangkau server push. Periksa koneksi (Wi-Fi, kabel, VPN) atau coba hotspot 4G/5G ponsel.',
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
    'Server menerima permintaan push untuk nama stream ini (bertahan {{holdMs}} ms; tidak ada media yang dikirim).',
  'publish-rejected-status':
    'Server menolak permintaan push untuk stream ini: {{code}} "{{description}}". "Already publishing" atau BadName berarti stream ini sedang di-push atau dinonaktifkan: hentikan encoder lain, atau periksa Live Streams (Streaming Langsung) dan Disabled Streams (Streaming Dinonaktifkan) di konsol.',
  'publish-rejected-closed-after-start':
    'Server menyatakan push dimulai, lalu menutup koneksi {{afterPublishMs}} ms kemudian: push ditolak. Penyebabnya biasanya tanda tangan (txSecret), masa berlaku (txTime), atau stream yang sedang dipakai. Masukkan kunci push untuk memeriksa tanda tangan, dan lihat Live Streams (Streaming Langsung) di konsol.',
  'publish-rejected-closed-no-status':
    'Server menutup koneksi {{afterPublishMs}} ms setelah permintaan push, tanpa alasan. Biasanya tanda tangan (txSecret) atau masa berlaku (txTime) salah, atau stream sedang dipakai atau dinonaktifkan. Masukkan kunci push untuk memeriksa tanda tangan, dan lihat Live Streams (Streaming Langsung) serta Disabled Streams (Streaming Dinonaktifkan) di konsol.',
  'publish-connect-rejected':
    'Server menolak perintah connect RTMP: {{code}} "{{description}}". Periksa domain push dan AppName di URL.',
  'publish-create-stream-rejected':
    'Server menolak membuat stream: {{code}} "{{description}}". Coba lagi; jika terulang, hubungi penyedia layanan streaming Anda.',
  'publish-closed-before-publish':
    'Server menutup koneksi sebelum permintaan push sempat dikirim. Periksa domain push dan AppName; domain yang belum disiapkan untuk push sering ditutup seperti ini.',
  'publish-timeout-silent':
    'Server berhenti menjawab selama uji permintaan push (tidak ada balasan dalam {{timeoutMs}} ms). Jaringan mungkin membuang lalu lintas RTMP; coba hotspot 4G/5G ponsel.',
  'publish-not-rtmp':
    'Server di {{ip}}:{{port}} tidak merespons dengan RTMP; lihat pemeriksaan handshake.',
  'publish-protocol-error':
    'Server mengirim data RTMP yang tidak bisa dibaca oleh pemeriksaan ini. Coba lagi; jika terulang, server ini mungkin tidak memakai RTMP standar.',
  'publish-tcp-failed':
    'Tidak bisa terhubung ke {{ip}}:{{port}} untuk uji permintaan push; lihat pemeriksaan port.',
  'publish-cancelled': 'Uji permintaan push dibatalkan.',

  // ── ffmpeg test push ──
  'push-ok':
    'Push uji diterima dan berjalan selama {{seconds}} dtk waktu uji ({{mediaSec}} dtk media terkirim). Push dari jaringan ini berfungsi.',
  'push-rejected-at-connect':
    'Server menjawab handshake RTMP, tetapi menutup sesi setelah perintah connect, sebelum permintaan push ({{endKind}}). AppName atau domain push tidak diterima: periksa AppName (default Tencent “live”), dan jika push ke alamat IP, pastikan URL memuat &txHost=<domain push>.',
  'push-rejected-at-publish':
    'Server menutup koneksi tepat setelah permintaan push ({{endKind}}, {{endAfterAcceptMs}} ms setelah sempat diterima) tanpa alasan. Tencent melakukan ini jika txSecret atau txTime salah atau kedaluwarsa, jika stream sedang di-push, atau jika stream ada di Disabled Streams (Streaming Dinonaktifkan). Periksa masa berlaku dan tanda tangan (masukkan kunci push untuk memeriksa tanda tangan), lalu lihat Stream Management → Live Streams (Manajemen Streaming → Streaming Langsung) dan Disabled Streams (Streaming Dinonaktifkan) di konsol CSS Tencent Cloud.',
  'push-server-error':
    'Server menolak push dan menyebutkan alasannya: "{{serverError}}". "Already publishing" berarti ada pihak lain yang sedang melakukan push ke stream ini (hentikan encoder itu, atau gunakan nama stream lain); BadName atau kode penolakan mengarah ke nama stream, tanda tangannya, atau Disabled Streams (Streaming Dinonaktifkan) di konsol CSS Tencent Cloud.',
  'push-dropped':
    'Server menerima push, lalu koneksi terputus setelah {{mediaSec}} dtk dari {{seconds}} dtk waktu uji ({{endKind}}). Jaringan atau server memutus stream yang sedang berjalan: coba lagi, coba jaringan lain (misalnya hotspot ponsel), dan pastikan kecepatan unggah jauh di atas bitrate stream.',
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
  'phase.publish': 'Permintaan push (tanpa media)',
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
    'Arahkan CNAME {{host}} ke target di kolom CNAME pada konsol Tencent → Domain Management (Manajemen Domain).',
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
    'Buat URL push baru yang berlaku 12–24 jam: di konsol Tencent buka Address Generator (Generator Alamat), atau pakai tab Buat URL push.',
  'diag.expiry-expired-accepted':
    'txTime sudah lewat, tetapi server masih menerima push (masa tenggang AuthDelta dari kunci): push ulang akan segera gagal.',
  'fix.expiry-expired-accepted': 'Buat URL push baru yang berlaku 12–24 jam sebelum siaran.',
  'diag.expiry-short': 'URL push kedaluwarsa kurang dari 12 jam lagi.',
  'fix.expiry-short':
    'Push yang sedang berjalan tidak terputus saat URL kedaluwarsa, tetapi push ulang setelah koneksi putus akan ditolak.\nBuat URL yang berlaku 12–24 jam: di konsol Tencent buka Address Generator (Generator Alamat), atau pakai tab Buat URL push.',
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
    'Periksa kuncinya di konsol Tencent → Domain Management (Manajemen Domain) → domain push → Push Configuration (Konfigurasi Push) → kunci autentikasi, utama atau cadangan.\nBuat ulang URL dengan kunci itu, lewat tab Buat URL push atau Address Generator (Generator Alamat) Tencent, dan jangan mengubahnya setelah itu.',
  'diag.signature-mistake': 'Cara menghitung txSecret salah.',
  'fix.signature-mistake':
    'Perbaiki kode atau alat yang membuat URL: txSecret = MD5(kunci + StreamName + txTime), dengan txTime persis seperti tertulis di URL.\nAtau buat URL dengan tab Buat URL push atau dengan Address Generator (Generator Alamat) Tencent.',
  'diag.signature-missing': 'URL tidak memiliki txSecret, padahal server mewajibkannya.',
  'fix.signature-missing':
    'Buat URL di Address Generator (Generator Alamat) Tencent (otomatis menambahkan txSecret dan txTime).',
  'diag.signature-bad-form': 'txSecret bukan tanda tangan yang valid.',
  'fix.signature-bad-form':
    'Salin lagi URL lengkapnya dari Address Generator (Generator Alamat) Tencent.',
  'diag.rejected-status':
    'Server menolak permintaan push untuk nama stream ini dan menjawab: “{{status}}”.',
  'fix.rejected-status':
    'Jika pesannya menyebut masalah tanda tangan atau waktu, buat URL baru.\nJika pesannya menyebut stream sudah ada atau sedang dipakai, lihat Stream Management → Live Streams (Manajemen Streaming → Streaming Langsung).',
  'diag.rejected-silently':
    'Server menolak permintaan push untuk nama stream ini tanpa alasan: tanda tangannya salah, atau stream sedang dipakai atau dinonaktifkan.',
  'fix.rejected-silently':
    'Masukkan kunci push Anda (kolom kunci di aplikasi, --key di CLI): pemeriksaan akan menghitung ulang txSecret dan menguji stream uji terpisah, sehingga keduanya bisa dibedakan.\nDi konsol Tencent, buka Stream Management → Live Streams (Manajemen Streaming → Streaming Langsung): apakah stream ini sedang di-push? Lalu buka Disabled Streams (Streaming Dinonaktifkan): apakah stream ini ada di daftar?',
  'diag.probe-stream-rejected':
    'Push uji ke nama stream baru yang ditandatangani dengan kunci Anda ditolak.',
  'fix.probe-stream-rejected':
    'Pastikan kunci yang Anda masukkan adalah kunci yang berlaku saat ini untuk domain push ini, di Domain Management (Manajemen Domain) → Push Configuration (Konfigurasi Push).',

  // ── diagnosis: stream in use ──
  'diag.in-use-status': 'Server menyatakan stream ini sedang di-push: “{{status}}”.',
  'fix.in-use-status':
    'Satu stream hanya bisa di-push oleh satu encoder dalam satu waktu. Hentikan encoder lain (PC lain, instance OBS lain, atau sesi yang macet).\nDi konsol Tencent, Stream Management → Live Streams (Manajemen Streaming → Streaming Langsung) menunjukkan siapa yang sedang push, dan Disabled Streams (Streaming Dinonaktifkan) menunjukkan apakah stream diblokir.',
  'diag.in-use-probe':
    'Kunci Anda dan jaringan ini berfungsi (push uji ke {{probeStream}} diterima), tetapi server menolak nama stream {{stream}}: stream itu sedang di-push saat ini, atau dinonaktifkan.',
  'fix.in-use-probe':
    'Konsol Tencent → Stream Management → Live Streams (Manajemen Streaming → Streaming Langsung): hentikan push lain ke {{stream}}.\nKonsol Tencent → Stream Management → Disabled Streams (Manajemen Streaming → Streaming Dinonaktifkan): aktifkan kembali {{stream}} jika ada di daftar.',

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
    'Di konsol Tencent, buka Stream Management → Live Streams (Manajemen Streaming → Streaming Langsung) untuk melihat apakah stream sedang di-push, dan Disabled Streams (Streaming Dinonaktifkan) untuk melihat apakah stream diblokir.',
  'note.push-skipped-by-user':
    'Tidak ada push uji (--no-push): hanya langkah permintaan push yang diperiksa.',
  'note.push-skipped-no-key':
    'Tidak ada media yang di-push. Tanpa kunci push, aplikasi tidak bisa menandatangani stream uji terpisah, dan pola uji yang dikirim ke stream asli Anda akan terlihat oleh penonton. Masukkan kunci untuk uji lengkap, atau izinkan push ke stream asli.',
  'note.push-skipped-earlier-failure': 'Push uji dilewati karena langkah sebelumnya sudah gagal.',
  'note.probe-not-run': 'Langkah permintaan push tidak dijalankan.',
  'note.probe-stream-accepted':
    'Nama stream asli ditolak, jadi tidak ada media yang di-push. Sebagai gantinya, aplikasi mengirim permintaan push untuk stream uji {{probeStream}} (ditandatangani dengan kunci Anda, tanpa media): server menerimanya, jadi hanya nama stream Anda yang ditolak.',
  'note.probe-stream-refused':
    'Nama stream asli ditolak, jadi tidak ada media yang di-push. Sebagai gantinya, aplikasi mengirim permintaan push untuk stream uji {{probeStream}} (ditandatangani dengan kunci Anda, tanpa media): server juga menolaknya, jadi yang ditolak adalah kunci atau domainnya, bukan hanya nama stream ini.',
  'probe-stream.accepted':
    'Server menerima permintaan push untuk stream uji {{probeStream}} (ditandatangani dengan kunci Anda, tanpa media).',
  'probe-stream.refused':
    'Server juga menolak permintaan push untuk stream uji {{probeStream}} (ditandatangani dengan kunci Anda): yang ditolak adalah kunci atau domainnya, bukan hanya nama stream ini.',
  'probe-stream.other': 'Stream uji {{probeStream}} tidak dapat diperiksa. {{detail}}',
  'note.cancelled': 'Pemeriksaan dibatalkan.',
  // ── clock check, uplink test, demo ──
  'phase.clock': 'Jam',
  'clock-ok': 'Jam komputer ini cocok dengan {{server}} (selisih {{skewSec}} dtk).',
  'clock-skewed': 'Jam komputer ini selisih {{skewSec}} dtk dibandingkan {{server}}.',
  'clock-unreachable': 'Jam tidak dibandingkan: {{server}} tidak menjawab.',
  'clock-no-date': 'Jam tidak dibandingkan: {{server}} tidak mengirim waktu.',
  'clock-untrusted':
    'Jam tidak dibandingkan: jawaban dari {{server}} tidak dapat dipercaya (ada proxy di tengah?).',
  'clock-skipped-local-ingest':
    'Jam tidak dibandingkan: server push berada di komputer ini dan memakai jam yang sama.',
  'clock-cancelled': 'Pemeriksaan jam dibatalkan.',
  'diag.clock-skew':
    'Jam komputer ini selisih {{skewSec}} dtk, jadi masa berlaku URL yang ditampilkan juga meleset sebanyak itu, dan URL yang ditandatangani di sini mendapat txTime yang salah.',
  'fix.clock-skew':
    'Aktifkan waktu otomatis (Windows: Pengaturan → Waktu & bahasa → Atur waktu secara otomatis; macOS: Tanggal & Waktu → Atur secara otomatis).\nPeriksa juga zona waktunya, lalu jalankan pemeriksaan lagi.\nBuat URL push baru hanya setelah jamnya benar.',
  'cause.uplink': 'Kecepatan unggah untuk bitrate yang direncanakan',
  'phase.uplink': 'Uji kecepatan unggah',
  'uplink-ok':
    'Kecepatan unggah stabil di {{sustainedKbps}} kbit/s: cukup untuk {{plannedKbps}} kbit/s, dengan ruang cadangan.',
  'uplink-tight':
    'Kecepatan unggah stabil di {{sustainedKbps}} kbit/s: {{plannedKbps}} kbit/s masih muat, tetapi ruang cadangannya kurang dari 20%.',
  'uplink-too-slow':
    'Kecepatan unggah hanya stabil di {{sustainedKbps}} kbit/s, kurang dari rencana {{plannedKbps}} kbit/s.',
  'uplink-encoder-too-slow':
    'Encoding berjalan lebih lambat dari waktu nyata (kecepatan {{speed}}) sementara jaringan menunggu: komputernya yang terlalu lambat, bukan koneksi unggahnya.',
  'uplink-push-failed': 'Push uji kecepatan unggah berhenti sebelum sempat mengukur.',
  'uplink-clip-failed': 'Kecepatan unggah tidak diuji: klip uji tidak dapat dibuat dengan ffmpeg.',
  'uplink-needs-key':
    'Kecepatan unggah tidak diuji: uji ini memerlukan kunci push Anda (push ke stream uji terpisah).',
  'uplink-skipped-earlier-failure':
    'Kecepatan unggah tidak diuji: push uji sebelumnya tidak berhasil.',
  'uplink-cancelled': 'Uji kecepatan unggah dibatalkan.',
  'diag.uplink-too-slow':
    'Jaringan ini mengunggah sekitar {{sustainedKbps}} kbit/s, kurang dari rencana {{plannedKbps}} kbit/s: stream akan tersendat dan putus.',
  'fix.uplink-too-slow':
    'Atur bitrate encoder paling tinggi {{recommendedKbps}} kbit/s (kecepatan unggah stabil jaringan ini, dikurangi cadangan), atau turunkan resolusi.\nAtau gunakan jaringan yang lebih cepat (kabel, bukan Wi-Fi, atau koneksi lain), lalu jalankan uji kecepatan unggah lagi.',
  'diag.uplink-tight':
    'Jaringan ini mengunggah sekitar {{sustainedKbps}} kbit/s; rencana {{plannedKbps}} kbit/s menyisakan ruang cadangan kurang dari 20%.',
  'fix.uplink-tight':
    'Atur bitrate encoder paling tinggi {{recommendedKbps}} kbit/s, agar lonjakan bitrate dan lalu lintas lain tidak membuat stream tersendat.',
  'diag.uplink-encoder-too-slow':
    'Encoder tidak mampu mengikuti waktu nyata (kecepatan {{speed}}) padahal jaringan masih longgar: komputernya yang menjadi hambatan.',
  'fix.uplink-encoder-too-slow':
    'Gunakan preset encoder yang lebih cepat atau encoder perangkat keras (NVENC, QuickSync, VideoToolbox), atau turunkan resolusi atau frame rate.\nTutup program berat lainnya, lalu uji lagi.',
  'diag.uplink-push-failed':
    'Push uji kecepatan unggah yang lebih panjang terputus, padahal push uji singkat berhasil: koneksinya mungkin tidak stabil.',
  'fix.uplink-push-failed': 'Jalankan pemeriksaan lagi; jika terulang, coba jaringan lain.',
  'report.uplink':
    'Kecepatan unggah: rencana {{plannedKbps}} kbit/s, stabil di {{sustainedKbps}} kbit/s, bitrate encoder yang disarankan {{recommendedKbps}} kbit/s, tersendat {{stalls}} kali, CPU push {{cpuPercent}}%',
  'demo.banner':
    'DEMO — server push dan server DNS lokal yang meniru Tencent, di komputer ini (127.0.0.1). Tidak ada yang dikirim ke Tencent atau ke mana pun.',
  'demo.failure':
    'Mereproduksi kegagalan “{{failure}}”: penyebab teratas di bawah seharusnya yang itu.',
  'demo.healthy': 'Push yang sehat: semuanya seharusnya lolos.',
  // ── ladder protokol: RTMP, RTMPS, SRT ──
  'url-srt-no-streamid':
    'Alamat SRT ini tidak punya streamid. Alamat push SRT Tencent berbentuk srt://<domain-push>:9000?streamid=#!::h=<domain-push>,r=live/<StreamName>,txSecret=…,txTime=…',
  'url-srt-bad-streamid':
    'streamid “{{part}}” tidak berbentuk #!::kunci=nilai,kunci=nilai. Salin lagi alamat push SRT dari konsol Tencent, atau susun dari alamat RTMP: r=<AppName>/<StreamName>, lalu txSecret dan txTime.',
  'url-srt-no-resource':
    'streamid tidak memuat bagian r=<AppName>/<StreamName>, jadi server tidak tahu stream mana yang dimaksud. Tambahkan r=live/<StreamName> setelah h=<domain-push>.',
  'url-srt-host-differs':
    'Alamat ini menghubungi {{host}}, tetapi streamid berisi h={{h}}: Tencent membaca domain push dari h=. Samakan keduanya dengan domain push Anda.',
  'transport.transport-ok': 'Berhasil dari sini: server menerima push ke {{host}}:{{port}}.',
  'transport.transport-reachable':
    'Server bisa dijangkau (menjawab protokol ini); push tidak dicoba karena stream ini mungkin sedang live.',
  'transport.transport-publish-refused':
    'Lolos dari jaringan ini, tetapi server menolak stream-nya: penyebabnya URL atau stream, bukan jaringan (lihat penyebab di atas).',
  'transport.transport-push-failed':
    'Server menerima publish, tetapi push uji lewat protokol ini tidak bertahan sampai uji selesai.',
  'transport.transport-dns-failed':
    'Tidak dicoba: domain push tidak bisa diterjemahkan ke alamat IP.',
  'transport.tcp-filtered':
    'Tidak ada jawaban di TCP {{port}}: firewall jaringan ini memblokirnya.',
  'transport.tcp-refused': 'TCP {{port}} di {{ip}} menolak koneksi: tidak ada layanan di port itu.',
  'transport.tcp-unreachable': 'Tidak ada rute ke {{ip}} dari jaringan ini.',
  'transport.tcp-error': 'Koneksi ke {{ip}}:{{port}} gagal.',
  'transport.tls-name-mismatch':
    'Sertifikat TLS-nya untuk {{names}}, bukan {{servername}}: domain push kustom baru melayani RTMPS setelah sertifikatnya diunggah di konsol CSS (Domain Management, pilih domain push, lalu HTTPS).',
  'transport.tls-untrusted-issuer':
    'Sertifikat TLS diterbitkan oleh “{{issuer}}”, yang tidak dipercaya komputer ini: proxy atau antivirus di jaringan ini menyadap TLS. Encoder akan menolaknya; pakai protokol atau jaringan lain.',
  'transport.tls-expired': 'Sertifikat TLS server sudah kedaluwarsa (atau jam komputer ini salah).',
  'transport.tls-not-yet-valid':
    'Sertifikat TLS server belum berlaku: jam komputer ini kemungkinan terlambat. Atur jam agar otomatis, lalu periksa lagi.',
  'transport.tls-no-answer':
    'Port {{port}} menerima koneksi, tetapi tidak pernah menjawab handshake TLS: port itu melayani hal lain (RTMP biasa?), atau ada perangkat di tengah jalan yang menahannya.',
  'transport.tls-handshake-failed':
    'Port {{port}} menerima koneksi, tetapi handshake TLS gagal: port itu tidak melayani TLS, atau ada yang memutusnya di tengah jalan.',
  'transport.rtmp-no-answer':
    'Port {{port}} menerima koneksi, tetapi tidak ada jawaban RTMP: proxy atau firewall menyadapnya, atau layanan lain yang mendengarkan di sana.',
  'transport.udp-no-answer':
    'Tidak ada jawaban di UDP {{port}} dalam {{timeoutMs}} ms: jaringan ini memblokir UDP keluar (atau port itu). Minta tim IT membuka UDP {{port}}, atau pakai RTMPS di TCP 443.',
  'transport.udp-refused': 'UDP {{port}} di {{ip}} tertutup: tidak ada server SRT di sana.',
  'transport.srt-rejected': 'Server SRT menolak koneksi (kode {{rejectCode}}): {{reason}}',
  'transport.srt-no-conclusion':
    'Server SRT di UDP {{port}} menjawab langkah handshake pertama, tetapi tidak menjawab langkah yang membawa stream id: mungkin ada perangkat di jalan yang membuang paket UDP yang lebih besar, atau server mengabaikan stream ini.',
  'transport.srt-bad-response': 'Ada yang menjawab di UDP {{port}}, tetapi bukan server SRT.',
  'transport.transport-not-tested': 'Tidak dicoba.',
  'transport.transport-cancelled': 'Dibatalkan.',
  'transport.transport-error':
    'Protokol ini tidak bisa diperiksa ({{error}}). Jalankan pemeriksaan lagi; jika terulang, kirim laporannya ke tim dukungan.',
  'transport.media.sustained': 'Push uji ke stream uji terpisah bertahan sampai uji selesai.',
  'transport.media.failed': 'Push uji ke stream uji terpisah gagal.',
  'transport.media.not-tested-no-key':
    'Tidak ada media yang dikirim: masukkan kunci push untuk menguji push ke stream uji terpisah.',
  'transport.media.not-tested-wrong-key':
    'Tidak ada media yang dikirim: kunci yang dimasukkan tidak menghasilkan txSecret URL ini (Langkah 4), jadi stream uji yang ditandatangani dengannya akan ditolak.',
  'transport.media.not-tested-no-support':
    'Tidak ada media yang dikirim: ffmpeg di komputer ini tidak mendukung protokol ini (versi dari npm tidak punya SRT). Hasil handshake di atas tetap berlaku.',
  'transport.media.not-tested-earlier-failure':
    'Tidak ada media yang dikirim: langkah sebelumnya gagal.',
  'transport.media.not-tested-by-user':
    'Tidak ada media yang dikirim (Anda memilih tanpa push uji).',
  'transport.media.not-tested-no-ffmpeg':
    'Tidak ada media yang dikirim: tidak ada ffmpeg yang bisa dipakai di komputer ini.',
  'phase.rtmps': 'RTMPS (TLS, TCP 443)',
  'phase.srt': 'SRT (UDP 9000)',
  'transport.name.rtmp': 'RTMP',
  'transport.name.rtmps': 'RTMPS',
  'transport.name.srt': 'SRT',
  'transport.title': 'Cara push yang bisa dipakai dari sini',
  'transport.col.transport': 'Protokol',
  'transport.col.address': 'Alamat:port',
  'transport.col.protocol': 'Jenis koneksi',
  'transport.col.verdict': 'Hasil',
  'transport.col.time': 'Waktu',
  'transport.col.evidence': 'Yang terlihat',
  'transport.works': 'berhasil',
  'transport.blocked': 'tidak berhasil',
  'transport.refused': 'sampai ke server',
  'transport.untested': 'tidak dicoba',
  'transport.url': 'URL push',
  'transport.copy': 'Salin URL',
  'transport.copied': 'Tersalin',
  'transport.obs': 'OBS: Pengaturan → Siaran → Layanan “Kustom…”',
  'transport.obs.server': 'Server',
  'transport.obs.key': 'Stream Key',
  'transport.obs.srt-key':
    '(biarkan kosong: OBS menerima push SRT sebagai satu URL di kolom Server)',
  'transport.none-works': 'Tidak ada protokol yang berhasil dari jaringan ini.',
  'transport.reached-refused':
    'Jaringan ini meloloskan push, tetapi server menolak stream-nya: penyebabnya dijelaskan di atas.',
  'transport.firewall': 'Yang harus dibuka tim IT untuk koneksi keluar: {{list}}',
  'diag.no-transport-works': 'Tidak ada protokol yang dicoba yang berhasil dari jaringan ini.',
  'fix.no-transport-works':
    'Lihat “Cara push yang bisa dipakai dari sini” untuk apa yang dialami tiap protokol.\nMinta tim IT tempat acara membuka salah satunya untuk koneksi keluar (TCP 1935 untuk RTMP, TCP 443 untuk RTMPS, UDP 9000 untuk SRT), atau coba hotspot 4G/5G ponsel.',
  'diag.network-other-transport':
    'RTMP diblokir di jaringan ini, tetapi {{transport}} berhasil: push dengan {{transport}} ({{wayProtocol}} {{wayPort}}).',
  'fix.network-other-transport':
    'Pakai URL push {{transport}} dari “Cara push yang bisa dipakai dari sini” di bawah (salin URL-nya, atau salin kolom-kolom OBS).\nDi OBS: Pengaturan → Siaran → Layanan “Kustom…”, lalu tempel Server dan Stream Key.\nAtau minta tim IT tempat acara membuka TCP {{port}} keluar ke {{ip}} agar tetap bisa memakai RTMP.',
  // ── SRT handshake probe ──
  'srt-accepted':
    'Server push SRT di {{ip}}:{{port}} menerima stream id ini: SRT lewat UDP berfungsi dari jaringan ini.',
  'srt-rejected':
    'Server push SRT di {{ip}}:{{port}} menolak stream id ini (kode {{rejectCode}}): {{reason}}',
  'udp-no-answer':
    'Tidak ada jawaban dari {{ip}}:{{port}} lewat UDP dalam {{timeoutMs}} ms. Kemungkinan besar jaringan ini memblokir UDP keluar ke port {{port}}: minta tim IT mengizinkan UDP keluar ke port {{port}} untuk host ini, atau push dengan RTMPS lewat TCP 443.',
  'udp-refused':
    'Tidak ada layanan SRT di {{ip}}:{{port}} (host menjawab "port unreachable"). Periksa domain push dan port-nya (Tencent memakai 9000).',
  'srt-bad-response':
    'Ada yang menjawab di {{ip}}:{{port}}, tetapi bukan dengan SRT. Mungkin ada perangkat di jaringan ini yang mencegat UDP, atau alamat ini bukan ingest SRT.',
  'srt-cancelled': 'Pemeriksaan SRT dibatalkan.',
  'srt-error':
    'Pemeriksaan SRT tidak dapat berjalan karena galat jaringan di komputer ini. Coba lagi.',
  'srt.reject.unknown': 'server push tidak memberi alasan.',
  'srt.reject.rej-system': 'terjadi galat sistem di sisi server push. Coba lagi nanti.',
  'srt.reject.rej-peer': 'server push menolak koneksi tanpa menyebut alasannya.',
  'srt.reject.rej-resource': 'sumber daya server push sedang habis. Coba lagi nanti.',
  'srt.reject.rej-rogue':
    'server push tidak memahami handshake-nya. Perbarui pustaka SRT di encoder Anda.',
  'srt.reject.rej-backlog':
    'server push sedang terlalu sibuk untuk menerima koneksi baru. Coba lagi sebentar lagi.',
  'srt.reject.rej-ipe': 'terjadi galat internal di pustaka SRT milik server push. Coba lagi nanti.',
  'srt.reject.rej-close':
    'listener ini sedang dimatikan oleh server push. Coba lagi sebentar lagi.',
  'srt.reject.rej-version':
    'server push memerlukan versi SRT yang lebih baru daripada milik encoder Anda. Perbarui encoder-nya.',
  'srt.reject.rej-rdvcookie':
    'cookie handshake tidak cocok (sering karena NAT mengganti port di tengah handshake). Coba lagi.',
  'srt.reject.rej-badsecret':
    'passphrase SRT salah. Push SRT Tencent tidak memakai passphrase: hapus passphrase di encoder.',
  'srt.reject.rej-unsecure':
    'enkripsi tidak cocok: satu sisi memasang passphrase SRT, sisi lain tidak. Hapus passphrase di encoder.',
  'srt.reject.rej-messageapi':
    'encoder memakai mode file/stream SRT; push langsung memerlukan mode live (message).',
  'srt.reject.rej-congestion': 'mode SRT encoder (transtype) tidak cocok: gunakan mode live.',
  'srt.reject.rej-filter': 'pengaturan packet filter (FEC) encoder tidak diterima. Matikan FEC.',
  'srt.reject.rej-group': 'bonding koneksi SRT tidak diterima di sini. Matikan di encoder.',
  'srt.reject.rej-timeout': 'handshake kehabisan waktu.',
  'srt.reject.rej-crypto':
    'pengaturan enkripsi encoder bentrok dengan milik server push. Hapus passphrase SRT.',
  'srt.reject.ac-fallback': 'server push menolak push tanpa alasan yang spesifik.',
  'srt.reject.ac-key-notsup':
    'stream id memuat kunci yang tidak didukung server push. Salin lagi URL SRT dari konsol.',
  'srt.reject.ac-filepath': 'sumber yang disebut dalam stream id tidak ditemukan.',
  'srt.reject.ac-hostnotfound':
    'server push tidak mengenal domain push di h=. Pastikan h= berisi domain push Anda.',
  'srt.reject.ac-bad-request':
    'format stream id salah. Seharusnya #!::h=<domain push>,r=<AppName>/<StreamName>,txSecret=…,txTime=….',
  'srt.reject.ac-unauthorized':
    'txSecret atau txTime salah atau sudah kedaluwarsa. Buat URL push baru dengan kunci push dan periksa jam komputer.',
  'srt.reject.ac-overload': 'server push sedang kelebihan beban atau akun melewati batasnya.',
  'srt.reject.ac-forbidden':
    'stream ini dilarang: kemungkinan ada di Disabled Streams (Streaming Dinonaktifkan) di konsol, atau domainnya dinonaktifkan.',
  'srt.reject.ac-not-found':
    'domain push atau AppName tidak ditemukan. Periksa h= dan r= di stream id.',
  'srt.reject.ac-bad-mode':
    'mode (m=) di stream id tidak diterima. Hapus m= atau gunakan m=publish.',
  'srt.reject.ac-unacceptable':
    'parameter stream tidak dapat diterima (misalnya bukan MPEG-TS). Push MPEG-TS lewat SRT.',
  'srt.reject.ac-conflict':
    'stream ini sedang di-push oleh encoder lain. Hentikan push yang lain atau pakai StreamName lain.',
  'srt.reject.ac-unsupported-media': 'jenis media (t=) di stream id tidak didukung.',
  'srt.reject.ac-locked': 'stream ini sedang dikunci di sisi server push.',
  'srt.reject.ac-failed-dependency': 'sesi yang menjadi dasar push ini sudah berakhir.',
  'srt.reject.ac-internal-error': 'terjadi galat internal di server push. Coba lagi nanti.',
  'srt.reject.ac-unimplemented': 'server push tidak mendukung permintaan ini.',
  'srt.reject.ac-gateway':
    'gateway server push tidak dapat menjangkau server di belakangnya. Coba lagi nanti.',
  'srt.reject.ac-down':
    'layanan server push sedang tidak aktif. Coba lagi nanti atau push lewat RTMP.',
  'srt.reject.ac-version': 'server push tidak mendukung versi SRT ini. Perbarui encoder-nya.',
  'srt.reject.ac-no-room': 'server push tidak punya ruang untuk merekam stream ini.',
  'srt.reject.ac-other':
    'server push menolak push dengan kode server yang tidak dikenal aplikasi ini.',
  'srt.reject.user-defined':
    'server push menolak push dengan kodenya sendiri; hanya layanan itu yang tahu artinya.',
  // ── words the code puts into texts: push stages and ends, signature details, labels ──
  'push.stage.spawned': 'upaya koneksi',
  'push.stage.tcp-connecting': 'koneksi TCP',
  'push.stage.tcp-connected': 'handshake RTMP',
  'push.stage.handshake-started': 'handshake RTMP',
  'push.stage.handshake-answered': 'perintah connect RTMP',
  'push.stage.connect-answered': 'pembuatan stream',
  'push.stage.stream-creating': 'pembuatan stream',
  'push.stage.publish-sent': 'permintaan push',
  'push.stage.accepted': 'pengiriman media pertama',
  'push.stage.media-flowing': 'pengiriman media',
  'push.stage.server-error': 'balasan kesalahan dari server',
  'push.stage.ended': 'akhir push',
  'push.stage.exited': 'akhir push',
  'push.end.io-error': 'kesalahan input/output',
  'push.end.broken-pipe': 'koneksi putus saat mengirim',
  'push.end.connection-reset': 'koneksi di-reset',
  'push.end.end-of-file': 'koneksi ditutup oleh server',
  'push.end.connection-refused': 'koneksi ditolak',
  'push.end.connection-timed-out': 'waktu koneksi habis',
  'push.end.operation-timed-out': 'tidak ada jawaban tepat waktu',
  'push.end.network-unreachable': 'jaringan tidak terjangkau',
  'push.end.host-unreachable': 'host tidak terjangkau',
  'push.end.resolve-failed': 'nama host tidak ditemukan',
  'push.end.cannot-open-connection': 'koneksi tidak dapat dibuka',
  'push.end.handshake-failed': 'handshake gagal',
  'push.end.server-error': 'kesalahan dari server',
  'push.end.completed': 'selesai',
  'push.end.signal': 'dihentikan oleh sinyal',
  'push.end.other-error': 'kesalahan lain',
  'push.end.unknown': 'tanpa keterangan',
  'push.exit-code': 'kode keluar {{code}}',
  'push.exit-signal': 'sinyal {{signal}}',
  'signature-detail.upper': 'huruf besar',
  'signature-detail.lower': 'huruf kecil',
  'signature-detail.key-trailing': 'spasi setelah kunci',
  'signature-detail.key-leading': 'spasi sebelum kunci',
  'signature-detail.key-newline': 'baris baru setelah kunci',
  'signature-detail.stream-trailing': 'spasi setelah nama stream',
  'signature-detail.stream-leading': 'spasi sebelum nama stream',
  'signature-detail.stream+key+txTime': 'StreamName + kunci + txTime',
  'dns.resolver.system': 'DNS sistem {{servers}}',
  'dns.resolver.server': 'server DNS {{servers}}',
  'dns.resolver.unknown': 'DNS',
  'report.label': '{{label}}: {{value}}',
  'ui.colon': ': ',
  'report.cause-tag': '{{title}} [{{severity}}, {{confidence}}]',
  'cli.push-time': '{{time}} dtk terkirim',
  'cli.push-speed': 'kecepatan {{speed}}×',
  // Wizard: kolom URL, bagian "Protokol" di formulir, tabel, perbandingan dan lembar go/no-go.
  'transport.field.url.placeholder':
    'rtmp://push.example.com/live/stream?txSecret=…&txTime=… (atau rtmps://, srt://)',
  'transport.field.url.hint':
    'URL push RTMP, RTMPS, dan SRT semuanya diterima (rtmp://, rtmps://, srt://); pemeriksaan juga mencoba dua protokol lainnya dari jaringan ini.',
  'transport.form.heading': 'Protokol',
  'transport.form.intro':
    'Selain RTMP, pemeriksaan mencoba RTMPS (TLS, TCP 443) dan SRT (UDP 9000) dari jaringan ini, jadi meski port 1935 diblokir, mungkin masih ada cara untuk push.',
  'transport.form.rtmp': 'RTMP (lewat TCP 1935)',
  'transport.form.rtmps': 'RTMPS (TLS lewat TCP)',
  'transport.form.srt': 'SRT (lewat UDP)',
  'transport.form.rtmpsPort': 'Port RTMPS',
  'transport.form.srtPort': 'Port SRT',
  'transport.form.ca': 'CA tambahan yang dipercaya (PEM)',
  'transport.form.ca.hint':
    'Hanya untuk server push yang Anda kelola sendiri, atau CA yang diminta organisasi Anda untuk dipercaya: domain push Tencent tidak memerlukannya.',
  'transport.form.ca.file': 'Baca file CA…',
  'transport.form.ca.clear': 'Hapus CA',
  'transport.form.no-transport': 'Centang minimal satu protokol.',
  'transport.form.bad-port':
    'Port berupa bilangan bulat 1 sampai 65535 (kosongkan untuk nilai bawaan).',
  'transport.form.ca-no-certificate':
    'Ini bukan sertifikat PEM: harus ada blok “-----BEGIN CERTIFICATE-----”.',
  'transport.form.ca-too-large': 'Terlalu besar untuk sertifikat CA (maksimal {{max}} KB).',
  'transport.seconds': '{{seconds}} dtk',
  'transport.ready': '{{transport}}: siap dipakai untuk push dari sini',
  'transport.copy.named': 'Salin URL {{transport}}',
  'transport.copy.server': 'Salin Server',
  'transport.copy.key': 'Salin Stream Key',
  'transport.obs.service': 'Service (Layanan)',
  'transport.obs.custom': 'Custom… (Kustom…)',
  'transport.redacted':
    'txSecret di URL ini dipersingkat: laporan yang disimpan tidak pernah memuatnya utuh. Jalankan pemeriksaan dengan URL push Anda sendiri untuk menyalinnya.',
  'transport.verdict.other':
    'Berhasil dengan protokol lain: RTMP diblokir di sini, jadi pakai {{scheme}}://… ({{transport}}).',
  'transport.compare.row': '{{transport}} lewat {{open}}',
  'transport.sheet.title': 'Cara push dari jaringan ini',
  'transport.sheet.open': 'Izinkan keluar',
  'transport.sheet.ask':
    'Agar bisa push dari jaringan ini, mohon izinkan koneksi keluar {{list}} ke {{host}} ({{ips}}).',
  // ── TLS check of an RTMPS ingest ──
  'tls-ok':
    'Sertifikat TLS di {{ip}}:{{port}} berlaku untuk {{servername}} dan diterbitkan oleh “{{issuer}}”, yang dipercaya komputer ini (berlaku sampai {{validTo}}).',
  'tls-name-mismatch':
    'Sertifikat TLS di {{ip}}:{{port}} dibuat untuk {{names}}, bukan {{servername}}: encoder yang memeriksa sertifikat akan menolaknya. Domain push kustom baru melayani RTMPS setelah sertifikatnya diunggah di konsol CSS (Domain Management (Manajemen Domain) → domain tersebut → HTTPS/sertifikat); sampai saat itu, push dengan rtmp:// atau pakai domain push bawaan.',
  'tls-untrusted-issuer':
    'Sertifikat TLS di {{ip}}:{{port}} diterbitkan oleh “{{issuer}}”, yang tidak dipercaya komputer ini: ada sesuatu di jaringan ini (proxy atau antivirus) yang mencegat TLS. Coba hotspot 4G/5G ponsel, atau minta tim IT lokasi acara mengecualikan {{servername}} dari inspeksi; jika antivirus memeriksa TLS, matikan fitur itu untuk encoder.',
  'tls-expired':
    'Sertifikat TLS di {{ip}}:{{port}} untuk {{servername}} sudah kedaluwarsa pada {{validTo}}. Jika jam komputer ini benar, unggah sertifikat yang diperbarui untuk domain push di konsol CSS; sementara itu, push dengan rtmp://.',
  'tls-not-yet-valid':
    'Sertifikat TLS di {{ip}}:{{port}} untuk {{servername}} belum berlaku: jam komputer ini kemungkinan salah. Atur tanggal dan waktu secara otomatis, lalu periksa lagi.',
  'tls-not-tls':
    'Server di {{ip}}:{{port}} menjawab, tetapi bukan dengan TLS: port ini memakai protokol lain (RTMP biasa atau HTTP). Gunakan rtmp:// untuk port RTMP biasa, atau port RTMPS (443 kecuali URL menyebut port lain).',
  'tls-handshake-failed':
    'Handshake TLS dengan {{ip}}:{{port}} gagal (server menolak atau menutup koneksi). Jika terulang, jaringan ini mungkin memblokir TLS ke server tersebut: coba hotspot 4G/5G ponsel, atau push dengan rtmp://.',
  'tls-timeout':
    'Server di {{ip}}:{{port}} menerima koneksi tetapi tidak menjawab handshake TLS dalam {{timeoutMs}} ms: port ini kemungkinan memakai protokol lain, atau perangkat jaringan menahan koneksinya. Periksa port di URL; coba hotspot 4G/5G ponsel.',
  'tls-tcp-failed':
    'Koneksi TCP ke {{ip}}:{{port}} untuk TLS tidak bisa dibuka; lihat pemeriksaan port.',
  'tls-cancelled': 'Pemeriksaan TLS dibatalkan.',

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
  'ui.export.includeHostName': 'Sertakan nama komputer ini (sering memuat nama Anda)',
  // ── ffmpeg locator: why a candidate was passed over ──
  'ffmpeg.tried.not-installed': 'paket tidak terpasang',
  'ffmpeg.tried.not-installed-platform': 'paket tidak terpasang untuk sistem ini',
  'ffmpeg.tried.no-path': 'paket tidak memberi lokasi programnya',
  'ffmpeg.tried.not-on-path': 'tidak ada ffmpeg di PATH',
  'ffmpeg.tried.missing-features': 'tidak punya RTMP, libx264 atau AAC',
  'ffmpeg.tried.not-found': 'tidak ditemukan',
  'ffmpeg.tried.missing': 'berkas tidak ada',
  'ffmpeg.tried.not-file': 'bukan berkas',
  'ffmpeg.tried.not-executable': 'tidak bisa dijalankan',
  'ffmpeg.tried.no-version': 'tidak menampilkan versinya',
  'ffmpeg.tried.timed-out': '{{flag}} tidak menjawab dalam {{ms}} ms',
  'ffmpeg.tried.could-not-start': 'tidak bisa dijalankan ({{detail}})',
  'ffmpeg.tried.exited': '{{flag}} berhenti dengan kode keluar {{code}}',
  // ── Tencent CSS API: stream state, stop reasons, received rates, settings ──
  'phase.api': 'API Tencent',
  'api-state-active': 'Menurut Tencent, {{stream}} sedang live (sedang di-push).',
  'api-state-inactive': 'Menurut Tencent, {{stream}} tidak sedang di-push dan tidak dinonaktifkan.',
  'api-state-forbid': 'Menurut Tencent, {{stream}} dinonaktifkan (ada di daftar Disabled Streams).',
  'api-bad-credentials':
    'Tencent tidak menerima kredensial API ({{errorCode}}): periksa SecretId dan SecretKey.',
  'api-clock-skew':
    'Tencent menolak panggilan API karena jam komputer ini meleset lebih dari 5 menit ({{errorCode}}).',
  'api-no-permission':
    'Kredensial API ini tidak boleh membaca data stream CSS ({{errorCode}}): beri sub-akun izin baca CSS.',
  'api-unknown-domain':
    'Tencent tidak mengenal push domain ini di akun pemilik kredensial ({{errorCode}}).',
  'api-bad-request': 'Tencent menolak pertanyaan seperti yang dikirim ({{errorCode}}).',
  'api-rate-limited': 'Tencent meminta panggilan API diperlambat; kali ini tidak ada yang didapat.',
  'api-server-error':
    'API Tencent menjawab dengan galat ({{errorCode}}); kali ini tidak ada yang didapat.',
  'api-unreachable': 'API Tencent ({{endpoint}}) tidak bisa dijangkau dari jaringan ini.',
  'api-timeout':
    'API Tencent ({{endpoint}}) tidak menjawab tepat waktu; pemeriksaan berlanjut tanpanya.',
  'api-malformed': 'API Tencent mengirim jawaban yang tidak valid; jawaban itu diabaikan.',
  'api-cancelled': 'Pertanyaan ke API Tencent dibatalkan.',
  'tencent.stop-line':
    'Catatan Tencent tentang push terakhir {{stream}}: {{reason}} (kode {{stopCode}}).',
  'tencent.received':
    'Tencent menerima {{receivedFps}} fps, {{receivedKbps}} kbit/s dari stream uji (ffmpeg mengirim {{sentKbps}} kbit/s).',
  'diag.api-forbid':
    'Dikonfirmasi oleh Tencent: stream {{stream}} dinonaktifkan, jadi setiap push ke sana ditolak.',
  'fix.api-forbid':
    'Konsol Tencent → Stream Management → Disabled Streams: aktifkan kembali {{stream}}.',
  'diag.api-active':
    'Dikonfirmasi oleh Tencent: {{stream}} sedang di-push saat ini. Kalau itu bukan encoder Anda sendiri, ada klien lain yang memakai stream ini dan push baru akan ditolak atau memutusnya.',
  'fix.api-active':
    'Konsol Tencent → Stream Management → Live Streams: lihat siapa yang mem-push {{stream}} (IP klien) dan hentikan push itu kalau bukan milik Anda.',
  'diag.api-inactive-refused':
    'Server menolak {{stream}}, dan menurut Tencent stream ini tidak sedang di-push maupun dinonaktifkan: kemungkinan besar tanda tangan URL-nya yang salah.',
  'fix.api-inactive-refused':
    'Buat ulang push URL di konsol Tencent (atau dengan push key yang benar) lalu tempel utuh.',
  'diag.api-stop-in-use':
    'Tencent mencatat penolakan saat memulai {{stream}}: klien lain sudah mem-push-nya (kode {{stopCode}}).',
  'fix.api-stop-in-use':
    'Hentikan encoder lain yang mem-push {{stream}} (konsol Tencent → Live Streams menunjukkan IP-nya), atau push ke nama stream lain.',
  'diag.api-stop-disabled':
    'Tencent mencatat penolakan saat memulai {{stream}}: stream atau domainnya dinonaktifkan (kode {{stopCode}}).',
  'fix.api-stop-disabled':
    'Konsol Tencent → Stream Management → Disabled Streams, dan Domain Management: aktifkan kembali yang dinonaktifkan.',
  'diag.api-stop-signature':
    'Tencent mencatat penolakan saat memulai {{stream}}: txSecret tidak ada atau salah (kode {{stopCode}}).',
  'fix.api-stop-signature':
    'Buat ulang push URL dengan push key yang berlaku lalu tempel utuh, termasuk query-nya.',
  'diag.api-stop-expiry':
    'Tencent mencatat penolakan saat memulai {{stream}}: txTime tidak ada atau sudah lewat (kode {{stopCode}}).',
  'fix.api-stop-expiry': 'Buat push URL baru yang berlaku 12–24 jam.',
  'diag.api-stop-domain':
    'Tencent mencatat penolakan saat memulai {{stream}}: push domain tidak diterima (kode {{stopCode}}).',
  'fix.api-stop-domain':
    'Push ke push domain Anda dengan namanya (bukan IP), seperti tercantum di konsol Tencent → Domain Management.',
  'diag.api-received-low':
    'Tencent hanya menerima {{receivedKbps}} kbit/s dari {{sentKbps}} kbit/s yang dikirim: sebagian stream tidak sampai ke ingest.',
  'fix.api-received-low':
    'Turunkan bitrate, atau pakai koneksi yang lebih stabil (kabel, bukan Wi-Fi).',
  'note.real-probe-skipped-api-active':
    'Menurut Tencent stream Anda sedang live, jadi nama aslinya tidak diuji (publisher baru bisa menggantikan yang sedang live).',
  'tencent.stop.unknown': 'alasan tidak diketahui',
  'tencent.stop.client-stopped': 'klien pengirim berhenti sendiri',
  'tencent.stop.internal-error': 'galat internal di Tencent',
  'tencent.stop.rtmp-content': 'isi RTMP tidak valid',
  'tencent.stop.frame-too-large': 'frame RTMP melebihi batas',
  'tencent.stop.no-data': 'terlalu lama tidak ada data',
  'tencent.stop.proxy-cut': 'dihentikan oleh perintah di proxy Tencent',
  'tencent.stop.client-network': 'galat jaringan di sisi pengirim',
  'tencent.stop.account-lookup': 'akun pemilik push URL ini tidak ditemukan',
  'tencent.stop.service-suspended': 'layanan CSS akun ini ditangguhkan',
  'tencent.stop.service-arrears': 'layanan CSS ditangguhkan karena tunggakan pembayaran',
  'tencent.stop.service-disabled': 'layanan CSS akun ini dinonaktifkan',
  'tencent.stop.ip-push-not-allowed': 'push ke alamat IP tidak diizinkan',
  'tencent.stop.domain-unknown': 'push domain tidak dikenali',
  'tencent.stop.domain-disabled': 'push domain dinonaktifkan',
  'tencent.stop.stream-disabled': 'stream dinonaktifkan',
  'tencent.stop.txtime-missing': 'URL tidak memuat txTime',
  'tencent.stop.txtime-expired': 'txTime pada URL sudah lewat',
  'tencent.stop.txsecret-missing': 'URL tidak memuat txSecret',
  'tencent.stop.txsecret-wrong': 'txSecret salah',
  'tencent.stop.too-many-pushers': 'stream sudah di-push oleh klien lain',
  'ui.api.title': 'Kredensial API Tencent (opsional)',
  'ui.api.explain':
    'Dengan SecretId dan SecretKey, pemeriksaan juga bertanya ke API Tencent tentang stream Anda: dinonaktifkan atau live, kenapa push terakhir berhenti, apa yang diterima ingest. Keduanya disimpan terenkripsi di komputer ini dan tidak pernah dimasukkan ke laporan.',
  'ui.api.secret-id': 'SecretId',
  'ui.api.secret-key': 'SecretKey',
  'ui.api.save': 'Simpan kredensial',
  'ui.api.forget': 'Hapus kredensial',
  'ui.api.saved': 'Tersimpan: setiap pemeriksaan di komputer ini bertanya ke API Tencent.',
  'ui.api.not-saved': 'Belum ada kredensial API yang tersimpan.',
  'ui.api.no-encryption':
    'Komputer ini tidak bisa mengenkripsi data rahasia, jadi kredensial tidak disimpan.',
  'ui.api.invalid': 'Isi SecretId dan SecretKey.',
  'ui.api.confirmed': 'Dikonfirmasi oleh Tencent',
  // ── Watch mode ──
  'watch.start': 'Memantau {{host}}:{{port}} setiap {{every}}. Tekan Ctrl-C untuk berhenti.',
  'watch.start-count':
    'Memantau {{host}}:{{port}} setiap {{every}}, {{count}} putaran. Tekan Ctrl-C untuk berhenti.',
  'watch.every-seconds': '{{n}} detik',
  'watch.stopped': 'Berhenti setelah {{rounds}} putaran.',
  'watch.verdict.ok': 'OK',
  'watch.verdict.warn': 'Perhatikan',
  'watch.verdict.fail': 'Gagal',
  'watch.rtt': 'RTT {{ms}} ms',
  'watch.rtt-none': 'tidak tersambung',
  'watch.expires-in': 'URL kedaluwarsa dalam {{duration}}',
  'watch.expired-ago': 'URL sudah kedaluwarsa {{duration}} yang lalu',
  'watch.no-expiry': 'URL tanpa txTime',
  'watch.fail.dns': 'domain push tidak bisa di-resolve ({{code}})',
  'watch.fail.port': 'port ingest tidak menjawab',
  'watch.fail.handshake': 'port menjawab, tetapi bukan sebagai server RTMP',
  'watch.fail.probe': 'server menolak stream uji',
  'watch.fail.expired': 'sambungan ulang akan ditolak',
  'watch.port.port-open': 'port terbuka',
  'watch.port.port-refused': 'sambungan ditolak',
  'watch.port.port-filtered': 'tidak ada jawaban (firewall?)',
  'watch.port.port-unreachable': 'tidak ada rute ke ingest',
  'watch.port.port-error': 'sambungan gagal',
  'watch.port.port-cancelled': 'tidak diuji',
  'watch.alert.network-changed':
    'Jaringan komputer ini berubah ({{changes}}): angka sebelum putaran ini diukur di jaringan lain.',
  'watch.alert.ip-changed': 'Domain push sekarang mengarah ke alamat lain: {{from}} → {{to}}.',
  'watch.alert.port-closed': 'Port {{port}} tadi menjawab, sekarang tidak: {{reason}}.',
  'watch.alert.rtt-high':
    'Menyambung butuh {{ms}} ms, {{factor}}× atau lebih dari {{baseline}} ms di putaran pertama: jaringan mulai padat.',
  'watch.alert.expires-before-show-end':
    'URL push kedaluwarsa {{expiresAt}}, sebelum acara selesai ({{showEndAt}}): sambungan ulang setelah itu akan gagal. Buat URL baru sekarang.',
  'watch.alert.expires-soon':
    'URL push kedaluwarsa {{expiresAt}}, dalam {{duration}}: buat URL baru sebelum itu.',
  'watch.alert.expired':
    'URL push sudah kedaluwarsa {{expiresAt}}: push yang sedang berjalan tetap lanjut, tetapi setiap sambungan ulang ditolak.',
  'watch.alert.recovered.port-closed': 'Port ingest menjawab lagi.',
  'watch.alert.recovered.rtt-high': 'Waktu sambung sudah normal lagi.',
  'watch.notify.title': 'Push Preflight: ada yang berubah',
  'ui.watch.switch': 'Terus pantau',
  'ui.watch.hint':
    'Mengulang pemeriksaan ringan (DNS, waktu sambung, handshake dan, dengan kunci push, sebuah stream uji — tidak pernah stream asli Anda) dan memberi tahu Anda bila ada yang berubah.',
  'ui.watch.every': 'Setiap',
  'ui.watch.every-invalid': 'Isi waktu minimal 1 detik, misalnya 30s, 5m atau 1h.',
  'ui.watch.title': 'Memantau',
  'ui.watch.chart': 'Waktu sambung (RTT) per putaran',
  'ui.watch.chart-empty': 'Putaran pertama sedang berjalan…',
  'ui.watch.round': 'Putaran {{index}}: {{verdict}}, {{rtt}}',
  'ui.watch.alerts': 'Peringatan',
  'ui.watch.no-alerts': 'Belum ada yang berubah.',
  'ui.watch.rounds': '{{count}} putaran',
  'ui.watch.error': 'Pemantauan tidak bisa dimulai: {{message}}',
  // ── Uplink quality under load ──
  'uplink.quality.title': 'Kualitas saat dibebani',
  'uplink.quality.grade.good': 'baik',
  'uplink.quality.grade.fair': 'cukup',
  'uplink.quality.grade.poor': 'buruk',
  'uplink.quality.grade.not-measured': 'tidak diukur di sini',
  'uplink.quality.bufferbloat':
    'Latensi saat dibebani: {{grade}} — waktu bolak-balik ke server ingest {{idleMs}} ms saat diam, {{loadedP50Ms}} ms saat push (95 % sampel di bawah {{loadedP95Ms}} ms)',
  'uplink.quality.bufferbloat.not-measured': 'Latensi saat dibebani: tidak diukur di sini',
  'uplink.quality.retransmits':
    'Pengiriman ulang: {{grade}} — {{percent}} % segmen TCP push harus dikirim ulang',
  'uplink.quality.retransmits.not-measured':
    'Pengiriman ulang: tidak diukur di sini (sistem ini tidak melaporkannya untuk koneksi push)',
  'uplink.quality.steadiness':
    'Kestabilan: {{grade}} — kecepatan kirim berubah ±{{jitterKbps}} kbit/s dari detik ke detik, tersendat {{stalls}} kali',
  'uplink.quality.steadiness.not-measured':
    'Kestabilan: tidak diukur di sini (push terlalu singkat)',
  'uplink.quality.explain.bufferbloat':
    'Latensi saat dibebani membandingkan waktu bolak-balik ke server ingest sebelum push dan selama push. Baik: naik kurang dari {{bloatFairMs}} ms atau tetap di bawah {{bloatFairRatio}}× nilai saat diam. Cukup: naik {{bloatFairMs}} ms dan {{bloatFairRatio}}× atau lebih. Buruk: naik {{bloatPoorMs}} ms dan {{bloatPoorRatio}}× atau lebih — antrean di jaringan penuh selama streaming (bufferbloat), sehingga stream tertinggal dan tersendat saat bitrate memuncak.',
  'uplink.quality.explain.retransmits':
    'Pengiriman ulang menghitung segmen TCP push yang harus dikirim ulang oleh komputer ini. Baik: di bawah {{retransFair}} %. Cukup: di bawah {{retransPoor}} %. Buruk: {{retransPoor}} % atau lebih — setiap pengiriman ulang memperlambat TCP, dan stream tersendat.',
  'uplink.quality.explain.steadiness':
    'Kestabilan membandingkan kecepatan kirim detik demi detik. Baik: berubah kurang dari {{jitterFair}} % dari rata-ratanya dan tidak pernah berhenti. Cukup: di bawah {{jitterPoor}} %, atau tersendat sekali. Buruk: {{jitterPoor}} % atau lebih, atau tersendat lebih dari {{stallsPoor}} kali.',
  'uplink.quality.explain.bitrate':
    'Bitrate encoder yang disarankan: {{shareGood}} % dari kecepatan unggah yang stabil; {{shareFair}} % bila latensi saat dibebani atau pengiriman ulang bernilai cukup; {{sharePoor}} % bila salah satunya buruk.',
  // ── Link dukungan (push-preflight://check?…) ──
  'link.error.link-empty': 'Link dukungan kosong.',
  'link.error.link-too-long':
    'Link dukungan terlalu panjang untuk link kami (lebih dari {{max}} karakter).',
  'link.error.link-bad-syntax':
    'Link dukungan rusak (ada spasi, karakter kontrol, bagian # atau kolom tanpa “=”): minta link itu lagi dan salin seluruhnya.',
  'link.error.link-bad-scheme':
    'Ini bukan link dukungan Push Preflight: link harus diawali push-preflight://check?',
  'link.error.link-bad-action':
    'Link dukungan ini meminta sesuatu yang tidak bisa dilakukan versi ini: link harus diawali push-preflight://check?',
  'link.error.link-has-secret':
    'Link dukungan ditolak karena memuat rahasia ({{field}}). Link dukungan tidak pernah berisi txSecret, txTime, kunci push, atau kunci API: minta link tanpa itu, lalu ketik tanda tangan Anda sendiri di sini.',
  'link.error.link-unknown-field':
    'Link dukungan memuat kolom yang tidak dikenal versi ini: “{{field}}”.',
  'link.error.link-duplicate-field': 'Link dukungan memuat “{{field}}” dua kali.',
  'link.error.link-value-too-long': 'Nilai “{{field}}” di link dukungan terlalu panjang.',
  'link.error.link-bad-value': 'Nilai “{{field}}” di link dukungan tidak valid.',
  'link.error.link-missing-field':
    'Link dukungan tidak memuat “{{field}}”: link perlu domain push, AppName, dan nama stream.',
  'link.error.link-conflict':
    'Link dukungan meminta tes unggah tanpa push uji: tes unggah memerlukan push tersebut.',
  'link.opened.heading': 'Dibuka dari link dukungan',
  'link.opened.body':
    'Domain push, AppName, nama stream ({{target}}) dan opsi pemeriksaan sudah terisi. Tempel txSecret dan txTime Anda di bawah — atau URL push lengkap Anda di kolom di atas.',
  'link.opened.secrets':
    'Link ini tidak memuat rahasia apa pun: tanda tangan Anda tetap di tangan Anda.',
  'link.field.txSecret': 'txSecret',
  'link.field.txTime': 'txTime',
  'link.field.bad':
    '{{field}} hanya boleh berisi huruf dan angka: salin dari URL push Anda, tanpa spasi atau “&”.',
  'link.refused.heading': 'Link dukungan ini tidak bisa dibuka',
  'link.dismiss': 'Tutup',
  'link.copy': 'Salin link untuk pengguna ini',
  'link.copy.hint':
    'Link ini membuka pemeriksaan dengan domain push, AppName, nama stream, dan opsi yang sama — tanpa txSecret, txTime, atau kunci.',
  'link.copy.unavailable': 'Tidak ada link dukungan untuk URL ini: {{reason}}',

  // ── uji uplink di aplikasi ──
  'uplink.field.enable': 'Uji uplink: ukur kecepatan unggah pada bitrate yang akan saya pakai',
  'uplink.field.bitrate': 'Bitrate rencana, kbit/s',
  'uplink.field.hint':
    'Nilai umum di OBS: 2500 (720p), 4500 (1080p 30 fps), 6000 (1080p 60 fps), 8000. Uji ini menambah sekitar 15 detik.',
  'uplink.field.invalid': 'Masukkan bilangan bulat kbit/s dari {{from}} sampai {{to}}.',
  'uplink.field.needs-key':
    'Uji uplink memerlukan kunci push Anda: uji ini push ke stream uji terpisah, tidak pernah ke stream asli Anda.',
  'uplink.field.needs-push': 'Uji uplink memerlukan push uji: hapus centang “Tanpa push uji”.',
  'uplink.card.heading': 'Uplink',
  'uplink.card.sustained': 'Kecepatan unggah yang bertahan',
  'uplink.card.planned': 'Bitrate rencana',
  'uplink.card.recommended': 'Bitrate encoder yang disarankan',
  'uplink.card.stalls': 'Macet (detik tanpa data terkirim)',
  'uplink.card.cpu': 'CPU push uji',
  'uplink.card.kbps': '{{kbps}} kbit/s',
  'uplink.card.cpu-value': '{{cpu}} % dari satu core',
  'uplink.card.not-measured': 'tidak diukur di sini',
  'uplink.chart.label':
    'Laju kirim tiap detik selama {{seconds}} detik, dari {{from}} sampai {{to}} kbit/s; rencana {{planned}} kbit/s.',
  'uplink.chart.planned': 'rencana',
  'uplink.chart.none': 'Laporan ini tidak memuat laju kirim per detik.',
  'uplink.card.quality.heading': 'Kualitas saat terbebani',
  'uplink.card.quality.bufferbloat': 'Jeda saat terbebani (bufferbloat)',
  'uplink.card.quality.bufferbloat.value':
    'Waktu pulang-pergi saat diam {{idle}}, saat push {{p50}} (95 % sampel di bawah {{p95}})',
  'uplink.card.quality.bufferbloat.explain':
    'Jika waktu pulang-pergi naik tajam saat push, jaringan menahan stream Anda di antrean: jeda dan drop muncul saat puncak.',
  'uplink.card.quality.ms': '{{ms}} ms',
  'uplink.card.quality.retransmits': 'Transmisi ulang',
  'uplink.card.quality.retransmits.value': '{{percent}} % segmen TCP push dikirim ulang',
  'uplink.card.quality.retransmits.explain':
    'Segmen yang hilang di jaringan dan dikirim ulang oleh TCP: masing-masing menahan stream selama satu putaran.',
  'uplink.card.quality.steadiness': 'Kestabilan laju kirim',
  'uplink.card.quality.steadiness.value':
    'Berubah ±{{jitter}} kbit/s dari detik ke detik; macet: {{stalls}}',
  'uplink.card.quality.steadiness.explain':
    'Laju yang stabil berarti jaringan sanggup setiap detik, bukan hanya rata-rata.'
}
