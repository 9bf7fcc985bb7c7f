(define (problem plan_trial_T20191020_111749_436490)
    (:domain alfred)
    (:objects
        agent1 - agent
        ButterKnifeType - otype
        ClothType - otype
        KnifeType - otype
        PlungerType - otype
        SoapBarType - otype
        TissueBoxType - otype
        CabinetType - rtype
        CounterTopType - rtype
        FridgeType - rtype
        GarbageCanType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        ToiletType - rtype
        TowelHolderType - rtype
        SoapBar_bar__plus_00_dot_30_bar__plus_01_dot_09_bar__plus_00_dot_30 - object
        SoapBar_bar__minus_01_dot_96_bar__plus_03_dot_42_bar__minus_03_dot_04 - object
        Plunger_bar__minus_00_dot_72_bar__plus_01_dot_34_bar__plus_02_dot_75 - object
        TissueBox_bar__minus_02_dot_71_bar__plus_01_dot_66_bar__plus_01_dot_14 - object
        Cloth_bar__plus_01_dot_46_bar__plus_01_dot_90_bar__minus_01_dot_14 - object
        Cabinet_bar__minus_01_dot_61_bar__plus_02_dot_08_bar__plus_01_dot_79 - receptacle
        Cabinet_bar__plus_02_dot_13_bar__plus_01_dot_89_bar__minus_02_dot_08 - receptacle
        Cabinet_bar__plus_01_dot_54_bar__plus_02_dot_86_bar__minus_02_dot_96 - receptacle
        CounterTop_bar__plus_02_dot_62_bar__plus_00_dot_52_bar__plus_00_dot_13 - receptacle
        GarbageCan_bar__minus_01_dot_86_bar__plus_02_dot_47_bar__minus_00_dot_54 - receptacle
        Sink_bar__plus_01_dot_73_bar__plus_01_dot_84_bar__plus_02_dot_57_bar_SinkBasin - receptacle
        Toilet_bar__plus_02_dot_73_bar__plus_02_dot_04_bar__plus_02_dot_15 - receptacle
        TowelHolder_bar__plus_01_dot_84_bar__plus_00_dot_67_bar__plus_02_dot_72 - receptacle
        loc_bar_3_bar__minus_8_bar_2_bar_60 - location
        loc_bar_5_bar_3_bar_0_bar_45 - location
        loc_bar_6_bar__minus_5_bar_1_bar_0 - location
        loc_bar_9_bar__minus_8_bar_3_bar_45 - location
        loc_bar__minus_3_bar_4_bar_1_bar_15 - location
        loc_bar__minus_3_bar__minus_3_bar_2_bar_60 - location
        loc_bar__minus_3_bar__minus_6_bar_3_bar_0 - location
        loc_bar__minus_6_bar__minus_4_bar_0_bar_0 - location
        loc_bar__minus_8_bar_9_bar_3_bar_15 - location
    )
    (:init
        (atLocation agent1 loc_bar__minus_6_bar__minus_4_bar_0_bar_0)
        (receptacleType Cabinet_bar__minus_01_dot_61_bar__plus_02_dot_08_bar__plus_01_dot_79 CabinetType)
        (receptacleAtLocation Cabinet_bar__minus_01_dot_61_bar__plus_02_dot_08_bar__plus_01_dot_79 loc_bar_5_bar_3_bar_0_bar_45)
        (openable Cabinet_bar__minus_01_dot_61_bar__plus_02_dot_08_bar__plus_01_dot_79)
        (receptacleType Cabinet_bar__plus_02_dot_13_bar__plus_01_dot_89_bar__minus_02_dot_08 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_02_dot_13_bar__plus_01_dot_89_bar__minus_02_dot_08 loc_bar_9_bar__minus_8_bar_3_bar_45)
        (openable Cabinet_bar__plus_02_dot_13_bar__plus_01_dot_89_bar__minus_02_dot_08)
        (receptacleType Cabinet_bar__plus_01_dot_54_bar__plus_02_dot_86_bar__minus_02_dot_96 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_01_dot_54_bar__plus_02_dot_86_bar__minus_02_dot_96 loc_bar__minus_8_bar_9_bar_3_bar_15)
        (openable Cabinet_bar__plus_01_dot_54_bar__plus_02_dot_86_bar__minus_02_dot_96)
        (receptacleType CounterTop_bar__plus_02_dot_62_bar__plus_00_dot_52_bar__plus_00_dot_13 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_02_dot_62_bar__plus_00_dot_52_bar__plus_00_dot_13 loc_bar__minus_3_bar__minus_3_bar_2_bar_60)
        (receptacleType GarbageCan_bar__minus_01_dot_86_bar__plus_02_dot_47_bar__minus_00_dot_54 GarbageCanType)
        (receptacleAtLocation GarbageCan_bar__minus_01_dot_86_bar__plus_02_dot_47_bar__minus_00_dot_54 loc_bar__minus_3_bar_4_bar_1_bar_15)
        (receptacleType Sink_bar__plus_01_dot_73_bar__plus_01_dot_84_bar__plus_02_dot_57_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_01_dot_73_bar__plus_01_dot_84_bar__plus_02_dot_57_bar_SinkBasin loc_bar_3_bar__minus_8_bar_2_bar_60)
        (receptacleType Toilet_bar__plus_02_dot_73_bar__plus_02_dot_04_bar__plus_02_dot_15 ToiletType)
        (receptacleAtLocation Toilet_bar__plus_02_dot_73_bar__plus_02_dot_04_bar__plus_02_dot_15 loc_bar__minus_3_bar__minus_6_bar_3_bar_0)
        (receptacleType TowelHolder_bar__plus_01_dot_84_bar__plus_00_dot_67_bar__plus_02_dot_72 TowelHolderType)
        (receptacleAtLocation TowelHolder_bar__plus_01_dot_84_bar__plus_00_dot_67_bar__plus_02_dot_72 loc_bar_6_bar__minus_5_bar_1_bar_0)
        (objectType SoapBar_bar__plus_00_dot_30_bar__plus_01_dot_09_bar__plus_00_dot_30 SoapBarType)
        (pickupable SoapBar_bar__plus_00_dot_30_bar__plus_01_dot_09_bar__plus_00_dot_30)
        (cleanable SoapBar_bar__plus_00_dot_30_bar__plus_01_dot_09_bar__plus_00_dot_30)
        (inReceptacle SoapBar_bar__plus_00_dot_30_bar__plus_01_dot_09_bar__plus_00_dot_30 Cabinet_bar__plus_02_dot_13_bar__plus_01_dot_89_bar__minus_02_dot_08)
        (objectAtLocation SoapBar_bar__plus_00_dot_30_bar__plus_01_dot_09_bar__plus_00_dot_30 loc_bar_9_bar__minus_8_bar_3_bar_45)
        (objectType SoapBar_bar__minus_01_dot_96_bar__plus_03_dot_42_bar__minus_03_dot_04 SoapBarType)
        (pickupable SoapBar_bar__minus_01_dot_96_bar__plus_03_dot_42_bar__minus_03_dot_04)
        (cleanable SoapBar_bar__minus_01_dot_96_bar__plus_03_dot_42_bar__minus_03_dot_04)
        (inReceptacle SoapBar_bar__minus_01_dot_96_bar__plus_03_dot_42_bar__minus_03_dot_04 Cabinet_bar__minus_01_dot_61_bar__plus_02_dot_08_bar__plus_01_dot_79)
        (objectAtLocation SoapBar_bar__minus_01_dot_96_bar__plus_03_dot_42_bar__minus_03_dot_04 loc_bar_5_bar_3_bar_0_bar_45)
        (objectType Plunger_bar__minus_00_dot_72_bar__plus_01_dot_34_bar__plus_02_dot_75 PlungerType)
        (pickupable Plunger_bar__minus_00_dot_72_bar__plus_01_dot_34_bar__plus_02_dot_75)
        (inReceptacle Plunger_bar__minus_00_dot_72_bar__plus_01_dot_34_bar__plus_02_dot_75 Cabinet_bar__plus_01_dot_54_bar__plus_02_dot_86_bar__minus_02_dot_96)
        (objectAtLocation Plunger_bar__minus_00_dot_72_bar__plus_01_dot_34_bar__plus_02_dot_75 loc_bar__minus_8_bar_9_bar_3_bar_15)
        (objectType TissueBox_bar__minus_02_dot_71_bar__plus_01_dot_66_bar__plus_01_dot_14 TissueBoxType)
        (pickupable TissueBox_bar__minus_02_dot_71_bar__plus_01_dot_66_bar__plus_01_dot_14)
        (inReceptacle TissueBox_bar__minus_02_dot_71_bar__plus_01_dot_66_bar__plus_01_dot_14 Cabinet_bar__plus_01_dot_54_bar__plus_02_dot_86_bar__minus_02_dot_96)
        (objectAtLocation TissueBox_bar__minus_02_dot_71_bar__plus_01_dot_66_bar__plus_01_dot_14 loc_bar__minus_8_bar_9_bar_3_bar_15)
        (objectType Cloth_bar__plus_01_dot_46_bar__plus_01_dot_90_bar__minus_01_dot_14 ClothType)
        (pickupable Cloth_bar__plus_01_dot_46_bar__plus_01_dot_90_bar__minus_01_dot_14)
        (cleanable Cloth_bar__plus_01_dot_46_bar__plus_01_dot_90_bar__minus_01_dot_14)
        (inReceptacle Cloth_bar__plus_01_dot_46_bar__plus_01_dot_90_bar__minus_01_dot_14 GarbageCan_bar__minus_01_dot_86_bar__plus_02_dot_47_bar__minus_00_dot_54)
        (objectAtLocation Cloth_bar__plus_01_dot_46_bar__plus_01_dot_90_bar__minus_01_dot_14 loc_bar__minus_3_bar_4_bar_1_bar_15)
        (canContain CabinetType ClothType)
        (canContain CabinetType PlungerType)
        (canContain CabinetType SoapBarType)
        (canContain CabinetType TissueBoxType)
        (canContain CounterTopType ClothType)
        (canContain CounterTopType SoapBarType)
        (canContain CounterTopType TissueBoxType)
        (canContain GarbageCanType ClothType)
        (canContain GarbageCanType SoapBarType)
        (canContain GarbageCanType TissueBoxType)
        (canContain SinkBasinType ClothType)
        (canContain SinkBasinType SoapBarType)
        (canContain ToiletType ClothType)
        (canContain ToiletType SoapBarType)
        (canContain ToiletType TissueBoxType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (cleanable ?o)
                            (objectType ?o SoapBarType)
                            (receptacleType ?r ToiletType)
                            (isClean ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
