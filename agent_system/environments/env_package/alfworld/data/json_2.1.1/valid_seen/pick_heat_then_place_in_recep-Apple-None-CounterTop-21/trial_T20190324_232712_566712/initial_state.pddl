(define (problem plan_trial_T20190324_232712_566712)
    (:domain alfred)
    (:objects
        agent1 - agent
        AppleType - otype
        ButterKnifeType - otype
        CupType - otype
        KnifeType - otype
        LadleType - otype
        SaltShakerType - otype
        CabinetType - rtype
        CounterTopType - rtype
        DrawerType - rtype
        FridgeType - rtype
        MicrowaveType - rtype
        SinkBasinType - rtype
        Apple_bar__plus_00_dot_93_bar__plus_02_dot_02_bar__plus_00_dot_92 - object
        Cup_bar__minus_00_dot_10_bar__plus_03_dot_36_bar__minus_01_dot_74 - object
        Ladle_bar__minus_01_dot_04_bar__plus_03_dot_18_bar__plus_00_dot_69 - object
        SaltShaker_bar__minus_00_dot_45_bar__plus_02_dot_74_bar__plus_01_dot_42 - object
        Knife_bar__minus_02_dot_73_bar__plus_02_dot_48_bar__minus_01_dot_77 - object
        Cabinet_bar__plus_03_dot_26_bar__plus_02_dot_01_bar__minus_00_dot_80 - receptacle
        CounterTop_bar__plus_02_dot_71_bar__plus_00_dot_41_bar__plus_02_dot_74 - receptacle
        Drawer_bar__minus_03_dot_23_bar__plus_03_dot_30_bar__minus_03_dot_15 - receptacle
        Drawer_bar__plus_01_dot_60_bar__plus_02_dot_31_bar__minus_03_dot_49 - receptacle
        Fridge_bar__minus_01_dot_55_bar__plus_00_dot_75_bar__plus_02_dot_76 - receptacle
        Microwave_bar__minus_03_dot_48_bar__plus_01_dot_40_bar__minus_01_dot_53 - receptacle
        Sink_bar__plus_03_dot_20_bar__plus_00_dot_04_bar__plus_01_dot_53_bar_SinkBasin - receptacle
        loc_bar_0_bar__minus_1_bar_3_bar_0 - location
        loc_bar_0_bar__minus_8_bar_0_bar_45 - location
        loc_bar_1_bar__minus_7_bar_0_bar_0 - location
        loc_bar_2_bar_6_bar_1_bar_60 - location
        loc_bar_3_bar__minus_2_bar_2_bar_30 - location
        loc_bar_8_bar_2_bar_3_bar_60 - location
        loc_bar__minus_9_bar_5_bar_0_bar_0 - location
        loc_bar__minus_9_bar_5_bar_2_bar_30 - location
    )
    (:init
        (atLocation agent1 loc_bar_0_bar__minus_1_bar_3_bar_0)
        (receptacleType Cabinet_bar__plus_03_dot_26_bar__plus_02_dot_01_bar__minus_00_dot_80 CabinetType)
        (receptacleAtLocation Cabinet_bar__plus_03_dot_26_bar__plus_02_dot_01_bar__minus_00_dot_80 loc_bar_3_bar__minus_2_bar_2_bar_30)
        (openable Cabinet_bar__plus_03_dot_26_bar__plus_02_dot_01_bar__minus_00_dot_80)
        (receptacleType CounterTop_bar__plus_02_dot_71_bar__plus_00_dot_41_bar__plus_02_dot_74 CounterTopType)
        (receptacleAtLocation CounterTop_bar__plus_02_dot_71_bar__plus_00_dot_41_bar__plus_02_dot_74 loc_bar__minus_9_bar_5_bar_0_bar_0)
        (receptacleType Drawer_bar__minus_03_dot_23_bar__plus_03_dot_30_bar__minus_03_dot_15 DrawerType)
        (receptacleAtLocation Drawer_bar__minus_03_dot_23_bar__plus_03_dot_30_bar__minus_03_dot_15 loc_bar_1_bar__minus_7_bar_0_bar_0)
        (openable Drawer_bar__minus_03_dot_23_bar__plus_03_dot_30_bar__minus_03_dot_15)
        (receptacleType Drawer_bar__plus_01_dot_60_bar__plus_02_dot_31_bar__minus_03_dot_49 DrawerType)
        (receptacleAtLocation Drawer_bar__plus_01_dot_60_bar__plus_02_dot_31_bar__minus_03_dot_49 loc_bar_0_bar__minus_8_bar_0_bar_45)
        (openable Drawer_bar__plus_01_dot_60_bar__plus_02_dot_31_bar__minus_03_dot_49)
        (receptacleType Fridge_bar__minus_01_dot_55_bar__plus_00_dot_75_bar__plus_02_dot_76 FridgeType)
        (receptacleAtLocation Fridge_bar__minus_01_dot_55_bar__plus_00_dot_75_bar__plus_02_dot_76 loc_bar_8_bar_2_bar_3_bar_60)
        (openable Fridge_bar__minus_01_dot_55_bar__plus_00_dot_75_bar__plus_02_dot_76)
        (receptacleType Microwave_bar__minus_03_dot_48_bar__plus_01_dot_40_bar__minus_01_dot_53 MicrowaveType)
        (receptacleAtLocation Microwave_bar__minus_03_dot_48_bar__plus_01_dot_40_bar__minus_01_dot_53 loc_bar_2_bar_6_bar_1_bar_60)
        (openable Microwave_bar__minus_03_dot_48_bar__plus_01_dot_40_bar__minus_01_dot_53)
        (receptacleType Sink_bar__plus_03_dot_20_bar__plus_00_dot_04_bar__plus_01_dot_53_bar_SinkBasin SinkBasinType)
        (receptacleAtLocation Sink_bar__plus_03_dot_20_bar__plus_00_dot_04_bar__plus_01_dot_53_bar_SinkBasin loc_bar__minus_9_bar_5_bar_2_bar_30)
        (objectType Apple_bar__plus_00_dot_93_bar__plus_02_dot_02_bar__plus_00_dot_92 AppleType)
        (pickupable Apple_bar__plus_00_dot_93_bar__plus_02_dot_02_bar__plus_00_dot_92)
        (cleanable Apple_bar__plus_00_dot_93_bar__plus_02_dot_02_bar__plus_00_dot_92)
        (heatable Apple_bar__plus_00_dot_93_bar__plus_02_dot_02_bar__plus_00_dot_92)
        (coolable Apple_bar__plus_00_dot_93_bar__plus_02_dot_02_bar__plus_00_dot_92)
        (inReceptacle Apple_bar__plus_00_dot_93_bar__plus_02_dot_02_bar__plus_00_dot_92 Microwave_bar__minus_03_dot_48_bar__plus_01_dot_40_bar__minus_01_dot_53)
        (objectAtLocation Apple_bar__plus_00_dot_93_bar__plus_02_dot_02_bar__plus_00_dot_92 loc_bar_2_bar_6_bar_1_bar_60)
        (objectType Cup_bar__minus_00_dot_10_bar__plus_03_dot_36_bar__minus_01_dot_74 CupType)
        (pickupable Cup_bar__minus_00_dot_10_bar__plus_03_dot_36_bar__minus_01_dot_74)
        (cleanable Cup_bar__minus_00_dot_10_bar__plus_03_dot_36_bar__minus_01_dot_74)
        (heatable Cup_bar__minus_00_dot_10_bar__plus_03_dot_36_bar__minus_01_dot_74)
        (coolable Cup_bar__minus_00_dot_10_bar__plus_03_dot_36_bar__minus_01_dot_74)
        (inReceptacle Cup_bar__minus_00_dot_10_bar__plus_03_dot_36_bar__minus_01_dot_74 Microwave_bar__minus_03_dot_48_bar__plus_01_dot_40_bar__minus_01_dot_53)
        (objectAtLocation Cup_bar__minus_00_dot_10_bar__plus_03_dot_36_bar__minus_01_dot_74 loc_bar_2_bar_6_bar_1_bar_60)
        (objectType Ladle_bar__minus_01_dot_04_bar__plus_03_dot_18_bar__plus_00_dot_69 LadleType)
        (pickupable Ladle_bar__minus_01_dot_04_bar__plus_03_dot_18_bar__plus_00_dot_69)
        (cleanable Ladle_bar__minus_01_dot_04_bar__plus_03_dot_18_bar__plus_00_dot_69)
        (inReceptacle Ladle_bar__minus_01_dot_04_bar__plus_03_dot_18_bar__plus_00_dot_69 Drawer_bar__minus_03_dot_23_bar__plus_03_dot_30_bar__minus_03_dot_15)
        (objectAtLocation Ladle_bar__minus_01_dot_04_bar__plus_03_dot_18_bar__plus_00_dot_69 loc_bar_1_bar__minus_7_bar_0_bar_0)
        (objectType SaltShaker_bar__minus_00_dot_45_bar__plus_02_dot_74_bar__plus_01_dot_42 SaltShakerType)
        (pickupable SaltShaker_bar__minus_00_dot_45_bar__plus_02_dot_74_bar__plus_01_dot_42)
        (inReceptacle SaltShaker_bar__minus_00_dot_45_bar__plus_02_dot_74_bar__plus_01_dot_42 CounterTop_bar__plus_02_dot_71_bar__plus_00_dot_41_bar__plus_02_dot_74)
        (objectAtLocation SaltShaker_bar__minus_00_dot_45_bar__plus_02_dot_74_bar__plus_01_dot_42 loc_bar__minus_9_bar_5_bar_0_bar_0)
        (objectType Knife_bar__minus_02_dot_73_bar__plus_02_dot_48_bar__minus_01_dot_77 KnifeType)
        (pickupable Knife_bar__minus_02_dot_73_bar__plus_02_dot_48_bar__minus_01_dot_77)
        (cleanable Knife_bar__minus_02_dot_73_bar__plus_02_dot_48_bar__minus_01_dot_77)
        (inReceptacle Knife_bar__minus_02_dot_73_bar__plus_02_dot_48_bar__minus_01_dot_77 Drawer_bar__minus_03_dot_23_bar__plus_03_dot_30_bar__minus_03_dot_15)
        (objectAtLocation Knife_bar__minus_02_dot_73_bar__plus_02_dot_48_bar__minus_01_dot_77 loc_bar_1_bar__minus_7_bar_0_bar_0)
        (canContain CabinetType CupType)
        (canContain CabinetType LadleType)
        (canContain CabinetType SaltShakerType)
        (canContain CounterTopType AppleType)
        (canContain CounterTopType CupType)
        (canContain CounterTopType KnifeType)
        (canContain CounterTopType LadleType)
        (canContain CounterTopType SaltShakerType)
        (canContain DrawerType KnifeType)
        (canContain DrawerType LadleType)
        (canContain DrawerType SaltShakerType)
        (canContain FridgeType AppleType)
        (canContain FridgeType CupType)
        (canContain MicrowaveType AppleType)
        (canContain MicrowaveType CupType)
        (canContain SinkBasinType AppleType)
        (canContain SinkBasinType CupType)
        (canContain SinkBasinType KnifeType)
        (canContain SinkBasinType LadleType)
    )
(:goal
            (and
                (exists (?r - receptacle)
                    (exists (?o - object)
                        (and
                            (heatable ?o)
                            (objectType ?o AppleType)
                            (receptacleType ?r CounterTopType)
                            (isHot ?o)
                            (inReceptacle ?o ?r)
                        )
                    )
                )
            )
        )
    )
