/**
 * 简体中文, a part of the core messages loaded with the screens that use it, not in every first load:
 * The report form (reporting a problem, the "me too" panel, photos, voice). Each module that renders these calls `addMessages` with it; `en.ts` has every key.
 */
const zhCNReport = {
  report: {
    title: '我要报事',
    intro: '说清楚是什么问题、在哪里，网格员会尽快处理。',
    category: '是什么问题？',
    subcategory: '具体是哪一类？',
    description: '请描述一下问题',
    descriptionHint: '例如：厨房水管一直滴水，已经两天了',
    descriptionVoiceHint: '已有语音留言，这里可以不写',
    where: '在哪里？',
    whereFlat: '我家里（{{address}}）',
    whereCommon: '公共区域（楼道、电梯等）',
    building: '哪一栋楼？',
    area: '哪个位置？',
    chooseArea: '请选择位置',
    urgency: '紧急吗？',
    urgencyNormal: '一般',
    urgencyUrgent: '紧急（影响安全或生活）',
    photos: '照片（可选，最多 {{max}} 张）',
    addPhoto: '拍照或选照片',
    removePhoto: '删除第 {{n}} 张照片',
    photoAlt: '待上传的照片 {{n}}',
    submit: '提交报事',
    submitting: '正在保存…',
    similarTitle: '同一楼栋已有人反映了这个问题',
    similarHint: '如果是同一个问题，点“我也遇到了”就能跟踪进度，不用重复报事。',
    metoo: '我也遇到了，关注进度',
    following: '已关注',
    errors: {
      categoryMissing: '请选择问题类别',
      subcategoryMissing: '请选择具体类别',
      descriptionMissing: '请写几句话说明问题',
      descriptionTooLong: '说明最多 {{max}} 字，现在是 {{count}} 字',
      areaMissing: '请选择公共区域的位置',
      buildingMissing: '请选择楼栋',
      tooManyPhotos: '最多 {{max}} 张照片',
      photoFailed: '这张照片没能处理，请换一张试试',
      notLinked: '住址核对通过后才能报事。',
      needsOnline: '第一次报事需要联网加载楼栋和问题类别，请联网后再试，或致电社区办公室。',
    },
  },
} as const;

export default zhCNReport;
