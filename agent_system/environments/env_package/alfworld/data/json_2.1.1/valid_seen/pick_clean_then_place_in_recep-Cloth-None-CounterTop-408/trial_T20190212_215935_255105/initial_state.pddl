(define (problem plan_trial_T20190212_215935_255105)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        ClothType - otype
        DishSpongeType - otype
        KnifeType - otype
        PlungerType - otype
        SprayBottleType - otype
        ToiletPaperType - otype
        CabinetType - rtype
        CounterTopType - rtype
        DrawerType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        ToiletType - rtype
        ToiletPaperHangerType - rtype
        Cloth_bar__plus_00_dot_10_bar__plus_02_dot_56_bar__minus_03_dot_48 - object
        Cloth_bar__plus_00_dot_12_bar__plus_02_dot_19_bar__plus_02_dot_48 - object
        ToiletPaper_bar__plus_03_dot_46_bar__plus_00_dot_42_bar__plus_00_dot_53 - object
        SprayBottle_bar__minus_03_dot_09_bar__plus_01_dot_58_bar__plus_03_dot_33 - object
        Plunger_bar__minus_02_dot_84_bar__plus_00_dot_48_bar__minus_01_dot_82 - object
        DishSponge_bar__minus_00_dot_16_bar__plus_00_dot_54_bar__minus_00_dot_59 - object
        Cabinet_bar__plus_02_dot_42_bar__plus_01_dot_74_bar__plus_00_dot_31 - receptacle
        CounterTop_bar__plus_00_dot_10_bar__plus_02_dot_70_bar__minus_00_dot_45 - receptacle
        Drawer_bar__plus_01_dot_00_bar__plus_00_dot_57_bar__plus_01_dot_27 - receptacle
        Drawer_bar__plus_01_dot_80_bar__plus_02_dot_57_bar__plus_03_dot_00 - receptacle
        GarbageCan_bar__minus_03_dot_04_bar__plus_00_dot_29_bar__plus_00_dot_45 - receptacle
        Sink_bar__plus_01_dot_09_bar__plus_01_dot_26_bar__minus_01_dot_87_bar_SinkBasin - receptacle
        Toilet_bar__minus_02_dot_37_bar__plus_01_dot_34_bar__plus_02_dot_54 - receptacle
        ToiletPaperHanger_bar__minus_01_dot_91_bar__plus_02_dot_93_bar__plus_02_dot_91 - receptacle
        loc_bar_8_bar_9_bar_2_bar_60 - location
        loc_bar_9_bar__minus_4_bar_2_bar_0 - location
        loc_bar__minus_3_bar__minus_1_bar_0_bar_45 - location
        loc_bar__minus_6_bar_2_bar_0_bar_30 - location
        loc_bar__minus_6_bar_8_bar_2_bar_0 - location
        loc_bar__minus_6_bar__minus_3_bar_0_bar_0 - location
        loc_bar__minus_7_bar_3_bar_3_bar__minus_30 - location
        loc_bar__minus_7_bar_7_bar_3_bar_30 - location
        loc_bar__minus_7_bar__minus_4_bar_0_bar_15 - location
    )
    (:init
        (atLocation agent1 loc_bar_8_bar_9_bar_2_bar_60)
        (receptacleType Cabinet_bar__plus_02_dot_42_bar__plus_01_dot_74_bar__plus_00_dot_31 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_42_bar__plus_01_dot_74_bar__plus_00_dot_31 loc_bar__minus_7_bar__minus_4_bar_0_bar_15)
        (openable Cabinet_bar__plus_02_dot_42_bar__plus_01_dot_74_bar__plus_00_dot_31)
        (receptacleType CounterTop_bar__plus_00_dot_10_bar__plus_02_dot_70_bar__minus_00_dot_45 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_00_dot_10_bar__plus_02_dot_70_bar__minus_00_dot_45 loc_bar__minus_6_bar_8_bar_2_bar_0)
        (receptacleType Drawer_bar__plus_01_dot_00_bar__plus_00_dot_57_bar__plus_01_dot_27 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_00_bar__plus_00_dot_57_bar__plus_01_dot_27 loc_bar_9_bar__minus_4_bar_2_bar_0)
        (openable Drawer_bar__plus_01_dot_00_bar__plus_00_dot_57_bar__plus_01_dot_27)
        (receptacleType Drawer_bar__plus_01_dot_80_bar__plus_02_dot_57_bar__plus_03_dot_00 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_80_bar__plus_02_dot_57_bar__plus_03_dot_00 loc_bar__minus_7_bar_3_bar_3_bar__minus_30)
        (openable Drawer_bar__plus_01_dot_80_bar__plus_02_dot_57_bar__plus_03_dot_00)
        (receptacleType GarbageCan_bar__minus_03_dot_04_bar__plus_00_dot_29_bar__plus_00_dot_45 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_03_dot_04_bar__plus_00_dot_29_bar__plus_00_dot_45 loc_bar__minus_3_bar__minus_1_bar_0_bar_45)
        (receptacleType Sink_bar__plus_01_dot_09_bar__plus_01_dot_26_bar__minus_01_dot_87_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_01_dot_09_bar__plus_01_dot_26_bar__minus_01_dot_87_bar_SinkBasin loc_bar__minus_7_bar_7_bar_3_bar_30)
        (receptacleType Toilet_bar__minus_02_dot_37_bar__plus_01_dot_34_bar__plus_02_dot_54 ToiletType)
        (receptacleAtLocation Toilet_bar__minus_02_dot_37_bar__plus_01_dot_34_bar__plus_02_dot_54 loc_bar__minus_6_bar__minus_3_bar_0_bar_0)
        (receptacleType ToiletPaperHanger_bar__minus_01_dot_91_bar__plus_02_dot_93_bar__plus_02_dot_91 ToiletPaperHangerType)
        (receptacleAtLocation ToiletPaperHanger_bar__minus_01_dot_91_bar__plus_02_dot_93_bar__plus_02_dot_91 loc_bar__minus_6_bar_2_bar_0_bar_30)
        (objectType Cloth_bar__plus_00_dot_10_bar__plus_02_dot_56_bar__minus_03_dot_48 ClothType)
        (pickupable Cloth_bar__plus_00_dot_10_bar__plus_02_dot_56_bar__minus_03_dot_48)
        (cleanable Cloth_bar__plus_00_dot_10_bar__plus_02_dot_56_bar__minus_03_dot_48)
        (inReceptacle Cloth_bar__plus_00_dot_10_bar__plus_02_dot_56_bar__minus_03_dot_48 Drawer_bar__plus_01_dot_80_bar__plus_02_dot_57_bar__plus_03_dot_00)
        (objectAtLocation Cloth_bar__plus_00_dot_10_bar__plus_02_dot_56_bar__minus_03_dot_48 loc_bar__minus_7_bar_3_bar_3_bar__minus_30)
        (objectType Cloth_bar__plus_00_dot_12_bar__plus_02_dot_19_bar__plus_02_dot_48 ClothType)
        (pickupable Cloth_bar__plus_00_dot_12_bar__plus_02_dot_19_bar__plus_02_dot_48)
        (cleanable Cloth_bar__plus_00_dot_12_bar__plus_02_dot_19_bar__plus_02_dot_48)
        (inReceptacle Cloth_bar__plus_00_dot_12_bar__plus_02_dot_19_bar__plus_02_dot_48 Toilet_bar__minus_02_dot_37_bar__plus_01_dot_34_bar__plus_02_dot_54)
        (objectAtLocation Cloth_bar__plus_00_dot_12_bar__plus_02_dot_19_bar__plus_02_dot_48 loc_bar__minus_6_bar__minus_3_bar_0_bar_0)
        (objectType ToiletPaper_bar__plus_03_dot_46_bar__plus_00_dot_42_bar__plus_00_dot_53 ToiletPaperType)
        (pickupable ToiletPaper_bar__plus_03_dot_46_bar__plus_00_dot_42_bar__plus_00_dot_53)
        (inReceptacle ToiletPaper_bar__plus_03_dot_46_bar__plus_00_dot_42_bar__plus_00_dot_53 Toilet_bar__minus_02_dot_37_bar__plus_01_dot_34_bar__plus_02_dot_54)
        (objectAtLocation ToiletPaper_bar__plus_03_dot_46_bar__plus_00_dot_42_bar__plus_00_dot_53 loc_bar__minus_6_bar__minus_3_bar_0_bar_0)
        (objectType SprayBottle_bar__minus_03_dot_09_bar__plus_01_dot_58_bar__plus_03_dot_33 SprayBottleType)
        (pickupable SprayBottle_bar__minus_03_dot_09_bar__plus_01_dot_58_bar__plus_03_dot_33)
        (inReceptacle SprayBottle_bar__minus_03_dot_09_bar__plus_01_dot_58_bar__plus_03_dot_33 Cabinet_bar__plus_02_dot_42_bar__plus_01_dot_74_bar__plus_00_dot_31)
        (objectAtLocation SprayBottle_bar__minus_03_dot_09_bar__plus_01_dot_58_bar__plus_03_dot_33 loc_bar__minus_7_bar__minus_4_bar_0_bar_15)
        (objectType Plunger_bar__minus_02_dot_84_bar__plus_00_dot_48_bar__minus_01_dot_82 PlungerType)
        (pickupable Plunger_bar__minus_02_dot_84_bar__plus_00_dot_48_bar__minus_01_dot_82)
        (inReceptacle Plunger_bar__minus_02_dot_84_bar__plus_00_dot_48_bar__minus_01_dot_82 Cabinet_bar__plus_02_dot_42_bar__plus_01_dot_74_bar__plus_00_dot_31)
        (objectAtLocation Plunger_bar__minus_02_dot_84_bar__plus_00_dot_48_bar__minus_01_dot_82 loc_bar__minus_7_bar__minus_4_bar_0_bar_15)
        (objectType DishSponge_bar__minus_00_dot_16_bar__plus_00_dot_54_bar__minus_00_dot_59 DishSpongeType)
        (pickupable DishSponge_bar__minus_00_dot_16_bar__plus_00_dot_54_bar__minus_00_dot_59)
        (cleanable DishSponge_bar__minus_00_dot_16_bar__plus_00_dot_54_bar__minus_00_dot_59)
        (inReceptacle DishSponge_bar__minus_00_dot_16_bar__plus_00_dot_54_bar__minus_00_dot_59 CounterTop_bar__plus_00_dot_10_bar__plus_02_dot_70_bar__minus_00_dot_45)
        (objectAtLocation DishSponge_bar__minus_00_dot_16_bar__plus_00_dot_54_bar__minus_00_dot_59 loc_bar__minus_6_bar_8_bar_2_bar_0)
        (canContain CabinetType ClothType)
        (canContain CabinetType DishSpongeType)
        (canContain CabinetType PlungerType)
        (canContain CabinetType SprayBottleType)
        (canContain CabinetType ToiletPaperType)
        (canContain CounterTopType ClothType)
        (canContain CounterTopType DishSpongeType)
        (canContain CounterTopType SprayBottleType)
        (canContain CounterTopType ToiletPaperType)
        (canContain DrawerType ClothType)
        (canContain DrawerType DishSpongeType)
        (canContain DrawerType SprayBottleType)
        (canContain DrawerType ToiletPaperType)
        (canContain GarbageCanType ClothType)
        (canContain GarbageCanType DishSpongeType)
        (canContain GarbageCanType SprayBottleType)
        (canContain GarbageCanType ToiletPaperType)
        (canContain SinkBasinType ClothType)
        (canContain SinkBasinType DishSpongeType)
        (canContain ToiletType ClothType)
        (canContain ToiletType DishSpongeType)
        (canContain ToiletType SprayBottleType)
        (canContain ToiletType ToiletPaperType)
        (canContain ToiletPaperHangerType ToiletPaperType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (cleanable ?o)
                            (objectType ?o ClothType)
                            (receptacleType ?r CounterTopType)
                            (isClean ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
