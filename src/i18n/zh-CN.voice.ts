/**
 * 简体中文, a part of the core messages loaded with the voice message's code, not with any first load: the
 * report form's recorder (src/features/tickets/components/VoiceRecorder.tsx) and the ticket's player
 * (VoicePlayer.tsx) call `addMessages` with it; `en.ts` has every key.
 */
const zhCNVoice = {
  voiceMessage: {
    title: '语音留言',
    legend: '语音留言（可不录）',
    hint: '不方便打字？点下面的按钮，说一说是什么问题、在哪里，最长 {{max}} 秒。有语音留言就可以不打字。',
    record: '开始录音',
    opening: '正在打开话筒…',
    recording: '录音中 {{time}} / {{max}} 秒',
    stop: '停止录音',
    recorded: '已录好 {{time}}，可以点播放听一听',
    player: '语音留言，时长 {{time}}',
    duration: '时长 {{time}}',
    rerecord: '重新录',
    remove: '删除录音',
    full: '已录满 {{max}} 秒，录音自动停止了。',
    loading: '正在加载语音留言…',
    unavailable: '语音留言现在打不开，联网后再试。',
    errors: {
      denied:
        '没有话筒权限，录不了音。请点浏览器地址栏旁边的锁形图标（或在手机的“设置”里找到浏览器），把“麦克风”改为“允许”，再点“开始录音”；也可以直接在上面打字说明。',
      noMic: '这台手机没有找到话筒。请在上面打字说明问题。',
      failed: '录音没有成功。请再试一次，或者在上面打字说明问题。',
      tooLarge: '这段录音太大了，请录短一点，或者在上面打字说明问题。',
    },
  },
} as const;

export default zhCNVoice;
